package ma.ofppt.cmc.finance.infrastructure;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The execution report as an OpenSpending Fiscal Data Package (frictionless): datapackage.json
 * (schema of execution.csv and its fiscal model) next to execution.csv itself.
 */
public final class FiscalDataPackage {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private FiscalDataPackage() {}

  public static final String CSV_PATH = "execution.csv";

  /** The CSV's columns and their Table Schema types, in order. */
  private static final String[][] FIELDS = {
    {"fiscal_year", "integer"},
    {"category", "string"},
    {"funder", "string"},
    {"budget_mad", "number"},
    {"committed_mad", "number"},
    {"paid_mad", "number"},
    {"execution_rate_pct", "number"}
  };

  /** The descriptor of the package for {@code name} (lower-case, a-z0-9-._). */
  public static JsonObject descriptor(String name, String title, String currency) {
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    for (String[] f : FIELDS) {
      fields.add(JSON.createObjectBuilder().add("name", f[0]).add("type", f[1]));
    }
    JsonObject resource =
        JSON.createObjectBuilder()
            .add("name", "execution")
            .add("path", CSV_PATH)
            .add("profile", "tabular-data-resource")
            .add("format", "csv")
            .add("mediatype", "text/csv")
            .add("encoding", "utf-8")
            .add(
                "dialect",
                JSON.createObjectBuilder()
                    .add("delimiter", ",")
                    .add("lineTerminator", "\r\n")
                    .add("header", true))
            .add(
                "schema",
                JSON.createObjectBuilder()
                    .add("fields", fields)
                    .add(
                        "primaryKey",
                        JSON.createArrayBuilder().add("fiscal_year").add("category").add("funder")))
            .build();
    JsonObjectBuilder measures = JSON.createObjectBuilder();
    for (String m : new String[] {"budget", "committed", "paid"}) {
      measures.add(
          m, JSON.createObjectBuilder().add("source", m + "_mad").add("currency", currency));
    }
    JsonObject dimensions =
        JSON.createObjectBuilder()
            .add("fiscalYear", dimension("datetime", "fiscal_year"))
            .add("category", dimension("classification", "category"))
            .add("funder", dimension("entity", "funder"))
            .build();
    return JSON.createObjectBuilder()
        .add("profile", "fiscal-data-package")
        .add("name", name)
        .add("title", title)
        .add("resources", JSON.createArrayBuilder().add(resource))
        .add(
            "model",
            JSON.createObjectBuilder().add("measures", measures).add("dimensions", dimensions))
        .build();
  }

  private static JsonObjectBuilder dimension(String type, String column) {
    return JSON.createObjectBuilder()
        .add("dimensionType", type)
        .add(
            "attributes",
            JSON.createObjectBuilder()
                .add(column, JSON.createObjectBuilder().add("source", column)))
        .add("primaryKey", column);
  }

  /** Writes the zip to {@code out} (not closed). */
  public static void write(OutputStream out, JsonObject descriptor, String csv) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.putNextEntry(new ZipEntry("datapackage.json"));
    JsonWriterFactory pretty =
        JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    java.io.StringWriter text = new java.io.StringWriter();
    try (JsonWriter writer = pretty.createWriter(text)) {
      writer.writeObject(descriptor);
    }
    zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(CSV_PATH));
    zip.write(csv.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }
}
