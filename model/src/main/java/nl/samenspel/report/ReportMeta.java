package nl.samenspel.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Who the report is for and how to make it again: title, municipality, author or organisation
 * ({@code --title}, {@code --municipality}, {@code --author}; empty when not given), the date, the
 * version and commit it was made with and the command that reproduces it.
 */
public record ReportMeta(String title, String municipality, String author, LocalDate date, String version, String commit, String command) {
    public String date(Language lang) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()));
    }
}
