package vn.dangvu.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers from scripted queues; fails the test when a dialog is not expected. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Optional<String>> texts = new ArrayDeque<>();
    public final Deque<Optional<LocalDate>> dates = new ArrayDeque<>();
    public final Deque<String> choices = new ArrayDeque<>();
    public final Deque<Boolean> confirms = new ArrayDeque<>();
    public final Deque<Optional<Path>> files = new ArrayDeque<>();
    public final Deque<Optional<Path>> saveFiles = new ArrayDeque<>();
    public final List<String> suggestedFileNames = new ArrayList<>();
    public final List<LocalDate> offeredDates = new ArrayList<>();
    /** The choice each choose(…) offered first, as text. */
    public final List<String> initialChoices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> errorTitles = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errorTitles.add(title);
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return next(confirms, "confirm: " + message);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return next(texts, "askText: " + label);
    }

    @Override
    public Optional<LocalDate> askDate(String title, String label, LocalDate initial) {
        offeredDates.add(initial);
        return next(dates, "askDate: " + label);
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> offered, T initial) {
        initialChoices.add(String.valueOf(initial));
        String wanted = next(choices, "choose: " + label);
        return offered.stream().filter(c -> c.toString().equals(wanted)).findFirst()
                .or(() -> {
                    throw new AssertionError(wanted + " not among " + offered);
                });
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, List<String> extensions) {
        return next(files, "chooseFile: " + title);
    }

    @Override
    public Optional<Path> askSaveFile(String title, String suggestedName, String typeName, String extension) {
        suggestedFileNames.add(suggestedName);
        return next(saveFiles, "askSaveFile: " + title);
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected dialog " + what);
        }
        return answers.removeFirst();
    }
}
