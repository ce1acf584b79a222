package vn.dangvu.ui.member;

import javafx.scene.image.Image;
import vn.dangvu.model.paper.Paper;

/**
 * One paper as the member page shows it: its thumbnail (decoded off the screen thread), its type
 * and a line about it ("ngày 01/06/2005 · PDF, 3 trang · quyet-dinh.pdf").
 */
public record PaperTile(Paper paper, Image thumbnail, String title, String details) {
}
