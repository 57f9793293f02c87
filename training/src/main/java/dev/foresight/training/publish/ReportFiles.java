package dev.foresight.training.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's report as JSON and, beside it under the same name, as an HTML page with charts. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Returns the HTML file's path. */
    public static Path write(Path jsonFile, TrainingReport report, JsonMapper json) throws IOException {
        Path absolute = jsonFile.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        String name = absolute.getFileName().toString();
        Path html = absolute.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + ".html");
        Files.writeString(html, HtmlReport.page(report));
        return html;
    }
}
