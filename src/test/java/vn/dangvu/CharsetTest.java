package vn.dangvu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Scanner;

/**
 * Every text the app reads or writes names its charset. Java 17 on Windows takes the ANSI code
 * page as its default (Windows-1258 in Vietnam, Windows-1252 on an English PC, which has no ă, đ, ơ
 * or ư), so a reader, writer or conversion without a charset garbles Vietnamese there and nowhere
 * else. The java.nio.file methods without a charset use UTF-8, but the rule is simpler without an
 * exception. {@code DefaultCharsetTest} and the suite's windows-1252 run check the behaviour.
 */
@AnalyzeClasses(packages = "vn.dangvu", importOptions = ImportOption.DoNotIncludeTests.class)
class CharsetTest {

    @ArchTest
    static final ArchRule everyReaderWriterAndConversionNamesItsCharset = noClasses()
            .should().callConstructor(FileReader.class, String.class)
            .orShould().callConstructor(FileReader.class, File.class)
            .orShould().callConstructor(FileWriter.class, String.class)
            .orShould().callConstructor(FileWriter.class, String.class, boolean.class)
            .orShould().callConstructor(FileWriter.class, File.class)
            .orShould().callConstructor(FileWriter.class, File.class, boolean.class)
            .orShould().callConstructor(InputStreamReader.class, InputStream.class)
            .orShould().callConstructor(OutputStreamWriter.class, OutputStream.class)
            .orShould().callConstructor(PrintStream.class, OutputStream.class)
            .orShould().callConstructor(PrintStream.class, OutputStream.class, boolean.class)
            .orShould().callConstructor(PrintStream.class, String.class)
            .orShould().callConstructor(PrintStream.class, File.class)
            .orShould().callConstructor(PrintWriter.class, OutputStream.class)
            .orShould().callConstructor(PrintWriter.class, OutputStream.class, boolean.class)
            .orShould().callConstructor(PrintWriter.class, String.class)
            .orShould().callConstructor(PrintWriter.class, File.class)
            .orShould().callConstructor(Scanner.class, InputStream.class)
            .orShould().callConstructor(Scanner.class, File.class)
            .orShould().callConstructor(Scanner.class, Path.class)
            .orShould().callConstructor(String.class, byte[].class)
            .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
            .orShould().callMethod(String.class, "getBytes")
            .orShould().callMethod(ByteArrayOutputStream.class, "toString")
            .orShould().callMethod(Properties.class, "load", InputStream.class)
            .orShould().callMethod(Properties.class, "store", OutputStream.class, String.class)
            .orShould().callMethod(Files.class, "readString", Path.class)
            .orShould().callMethod(Files.class, "readAllLines", Path.class)
            .orShould().callMethod(Files.class, "lines", Path.class)
            .orShould().callMethod(Files.class, "newBufferedReader", Path.class)
            .orShould().callMethod(Files.class, "newBufferedWriter", Path.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "writeString", Path.class, CharSequence.class, OpenOption[].class)
            .orShould().callMethod(Files.class, "write", Path.class, Iterable.class, OpenOption[].class)
            .because("the default charset is the ANSI code page on Windows with Java 17 (decision 0024)");
}
