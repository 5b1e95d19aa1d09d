//! `digest()` and `base64-decode()`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EncodingFn {
    Digest,
    Base64Decode,
}

pub(super) fn call<D: Document, E: Environment>(f: EncodingFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    Ok(match f {
        EncodingFn::Digest => {
            let data = c.string(0)?;
            let algorithm = c.string(1)?;
            let encoding = if c.args.len() > 2 { c.string(2)? } else { "base64".to_string() };
            let bytes = digest(&algorithm, data.as_bytes()).ok_or_else(|| EvalError::Unsupported {
                function: c.name.to_string(),
                reason: format!("the algorithm '{algorithm}' (use MD5, SHA-1, SHA-256, SHA-384 or SHA-512)"),
            })?;
            Value::String(match encoding.to_ascii_lowercase().as_str() {
                "base64" => STANDARD.encode(bytes),
                "hex" => hex::encode(bytes),
                _ => {
                    return Err(EvalError::Unsupported {
                        function: c.name.to_string(),
                        reason: format!("the encoding '{encoding}' (use base64 or hex)"),
                    });
                }
            })
        }
        EncodingFn::Base64Decode => {
            let text = c.string(0)?;
            let bytes =
                STANDARD.decode(text.trim()).map_err(|_| c.invalid(format!("'{text}' is not base64")))?;
            Value::String(String::from_utf8_lossy(&bytes).into_owned())
        }
    })
}

fn digest(algorithm: &str, data: &[u8]) -> Option<Vec<u8>> {
    let name = algorithm.to_ascii_uppercase().replace('-', "");
    Some(match name.as_str() {
        "MD5" => <md5::Md5 as md5::Digest>::digest(data).to_vec(),
        "SHA1" => <sha1::Sha1 as sha1::Digest>::digest(data).to_vec(),
        "SHA256" => <sha2::Sha256 as sha2::Digest>::digest(data).to_vec(),
        "SHA384" => <sha2::Sha384 as sha2::Digest>::digest(data).to_vec(),
        "SHA512" => <sha2::Sha512 as sha2::Digest>::digest(data).to_vec(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::testing::{check, err};

    // Expected values computed with coreutils md5sum/sha*sum and base64.
    #[test]
    fn digests_in_hex_and_base64() {
        check(
            "<data><s>some text</s></data>",
            "/data",
            &[
                ("digest('', 'MD5', 'hex')", "d41d8cd98f00b204e9800998ecf8427e"),
                ("digest(s, 'MD5', 'hex')", "552e21cd4cd9918678e3c1a0df491bc3"),
                ("digest(s, 'SHA-1', 'hex')", "37aa63c77398d954473262e1a0057c1e632eda77"),
                (
                    "digest(s, 'sha-256', 'hex')",
                    "b94f6f125c79e3a5ffaa826f584c10d52ada669e6762051b826b55776d05aed2",
                ),
                ("digest(s, 'SHA-256')", "uU9vElx546X/qoJvWEwQ1SraZp5nYgUbgmtVd20FrtI="),
                ("string-length(digest(s, 'SHA-384', 'hex'))", "96"),
                ("string-length(digest(s, 'SHA-512', 'hex'))", "128"),
                ("base64-decode('aGVsbG8gd29ybGQ=')", "hello world"),
                ("base64-decode(digest('x', 'MD5')) != ''", "true"),
            ],
        );
        assert!(err("<data/>", "/data", "digest('x', 'SHA-3')").contains("'SHA-3'"));
        assert!(err("<data/>", "/data", "digest('x', 'MD5', 'base32')").contains("'base32'"));
        assert!(err("<data/>", "/data", "base64-decode('***')").contains("not base64"));
    }
}
