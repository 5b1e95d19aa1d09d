//! What an export is asked to be: its format and options, read once from the query string
//! (the filters are the submissions table's, read by `submissions::table::parse`).

use serde::{Deserialize, Serialize};

/// The file an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One CSV; a ZIP of one CSV per table when the form has repeats.
    Csv,
    /// One sheet per table.
    Xlsx,
    /// The geopoints, geotraces and geoshapes as a FeatureCollection.
    GeoJson,
    /// The CSV tables and the received media files.
    Zip,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Xlsx, Format::GeoJson, Format::Zip];

    /// The name in URLs, query strings and the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::GeoJson => "geojson",
            Format::Zip => "zip",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name.trim().to_ascii_lowercase())
    }

    /// The download route's last segment (`export.csv`) read back.
    pub fn from_file_name(file: &str) -> Option<Format> {
        file.strip_prefix("export.").and_then(Format::parse)
    }

    /// The translation key of the format's name on the export page.
    pub fn label_key(self) -> &'static str {
        match self {
            Format::Csv => "export-format-csv",
            Format::Xlsx => "export-format-xlsx",
            Format::GeoJson => "export-format-geojson",
            Format::Zip => "export-format-zip",
        }
    }
}

/// The export's own query parameters, as typed (shown back on the export page).
#[derive(Deserialize, Serialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ExportQuery {
    pub format: String,
    /// `labels` for choice labels and question labels as headers; anything else: values.
    pub values: String,
    pub language: String,
    /// `split`: one 0/1 column per option of a select_multiple.
    pub multiple: String,
    pub anonymise: String,
    /// Set by the export page's button: download now (or offer the background).
    pub download: String,
}

/// How values are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// Question labels as headers and choice labels as values, in `language`.
    pub labels: bool,
    /// One of the form's languages (its default when none was asked or it has no such one).
    pub language: String,
    /// A select_multiple as one 0/1 column per option, rather than one column of names.
    pub split_multiple: bool,
    /// Pseudonyms even for those who may see personal values.
    pub anonymise: bool,
}

impl ExportOptions {
    /// The options asked, the language kept only when the form has it.
    pub fn from_query(query: &ExportQuery, languages: &[String], default_language: &str) -> Self {
        let language = languages
            .iter()
            .find(|l| **l == query.language)
            .cloned()
            .unwrap_or_else(|| default_language.to_owned());
        Self {
            labels: query.values == "labels",
            language,
            split_multiple: query.multiple == "split",
            anonymise: !query.anonymise.is_empty() && query.anonymise != "no",
        }
    }

    /// What the audit line says of these options, after the format.
    pub fn describe(&self) -> String {
        let mut parts = vec![if self.labels { "labels" } else { "values" }.to_owned()];
        if self.labels {
            parts.push(format!("language {}", self.language));
        }
        if self.split_multiple {
            parts.push("select_multiple split".to_owned());
        }
        if self.anonymise {
            parts.push("anonymised".to_owned());
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_from_names_and_file_names_only() {
        assert_eq!(Format::parse("XLSX"), Some(Format::Xlsx));
        assert_eq!(Format::from_file_name("export.geojson"), Some(Format::GeoJson));
        assert_eq!(Format::from_file_name("export.pdf"), None);
        assert_eq!(Format::from_file_name("csv"), None);
    }

    #[test]
    fn a_language_the_form_lacks_falls_back_to_its_default() {
        let languages = vec!["English (en)".to_owned(), "Español (es)".to_owned()];
        let query = ExportQuery { language: "Klingon".into(), values: "labels".into(), ..Default::default() };
        let options = ExportOptions::from_query(&query, &languages, "English (en)");
        assert_eq!(options.language, "English (en)");
        assert!(options.labels && !options.split_multiple && !options.anonymise);
        let query =
            ExportQuery { language: "Español (es)".into(), anonymise: "yes".into(), ..Default::default() };
        let options = ExportOptions::from_query(&query, &languages, "English (en)");
        assert_eq!(options.language, "Español (es)");
        assert!(options.anonymise);
    }
}
