//! The blob store: file contents (XLSForms, form media, submission attachments) kept on the
//! local disk under `DATA_DIR/blobs`, addressed by the SHA-256 of their bytes.
//!
//! Content addressing makes a re-sent attachment (a duplicate or a split submission) cost
//! nothing and lets rows name a blob before anything else is known about it. Writes are not
//! synced one by one: [`BlobStore::sync`] makes every blob written so far durable with one
//! `syncfs`, so the submission writer syncs a whole batch of attachments before it commits the
//! rows that name them (one disk flush per batch instead of one per file).
//!
//! Small submission attachments are not files here: the submission writer keeps them in the
//! database (`blob_contents`), in the transaction of their submission, under the same keys;
//! [`crate::Store::attachment_bytes`] reads them.
//!
//! Why not `object_store`'s local backend: it never syncs what it writes, and durability
//! before the 201 is the one promise collection makes.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The SHA-256 of a blob's bytes, as 64 lowercase hex characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BlobKey(String);

impl BlobKey {
    /// The key of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(hex::encode(Sha256::digest(bytes)))
    }

    /// A key read back from the database; `None` unless it is 64 lowercase hex characters.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Content-addressed files under one directory.
#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
}

impl BlobStore {
    /// Opens (creating if needed) the blob directory `root`.
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        fs::create_dir_all(root.join("tmp"))?;
        Ok(Self { root })
    }

    fn path_of(&self, key: &BlobKey) -> PathBuf {
        let k = key.as_str();
        self.root.join(&k[..2]).join(&k[2..4]).join(k)
    }

    /// Writes `bytes` (unless a blob with the same content exists) and returns its key.
    /// The blob is complete or absent (written beside, then renamed) but not yet durable:
    /// call [`BlobStore::sync`] before committing a row that names it.
    pub fn put(&self, bytes: &[u8]) -> io::Result<BlobKey> {
        let key = BlobKey::of(bytes);
        let path = self.path_of(&key);
        // Same name, same content; but a blob cut short by a crash before it was synced is
        // written again (its length tells).
        if fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64) {
            return Ok(key);
        }
        let dir = path.parent().expect("a blob path has a parent");
        fs::create_dir_all(dir)?;
        let tmp = self.root.join("tmp").join(format!("{}-{}", key.as_str(), uuid::Uuid::new_v4()));
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        drop(file);
        fs::rename(&tmp, &path)?;
        Ok(key)
    }

    /// A blob written piece by piece (a large upload kept out of memory), hashed as it goes.
    pub fn writer(&self) -> io::Result<BlobWriter> {
        let tmp = self.root.join("tmp").join(format!("upload-{}", uuid::Uuid::new_v4()));
        let file = fs::File::create(&tmp)?;
        Ok(BlobWriter { root: self.clone(), tmp, file: Some(file), hasher: Sha256::new(), len: 0 })
    }

    /// Makes every blob written so far durable: one `syncfs` on the blob directory's file
    /// system (data, new directory entries and renames alike).
    pub fn sync(&self) -> io::Result<()> {
        let dir = fs::File::open(&self.root)?;
        rustix::fs::syncfs(&dir)?;
        Ok(())
    }

    /// The bytes of a blob.
    pub fn read(&self, key: &BlobKey) -> io::Result<Vec<u8>> {
        fs::read(self.path_of(key))
    }

    /// The file of a blob, for streaming.
    pub fn path(&self, key: &BlobKey) -> PathBuf {
        self.path_of(key)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Deletes a blob's file (purged media); a blob that was never a file is no error.
    pub fn remove(&self, key: &BlobKey) -> io::Result<()> {
        match fs::remove_file(self.path_of(key)) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }
}

/// A blob being written: bytes go to a file beside the store, and [`BlobWriter::finish`] moves
/// it under its key. Dropped unfinished, the file is removed.
#[derive(Debug)]
pub struct BlobWriter {
    root: BlobStore,
    tmp: PathBuf,
    file: Option<fs::File>,
    hasher: Sha256,
    len: u64,
}

impl BlobWriter {
    pub fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        let file = self.file.as_mut().ok_or_else(|| io::Error::other("the blob is finished"))?;
        file.write_all(bytes)?;
        self.hasher.update(bytes);
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// The bytes written so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Moves the file under its key (an existing blob of the same content is kept) and
    /// returns the key; like [`BlobStore::put`], durable only after [`BlobStore::sync`].
    pub fn finish(mut self) -> io::Result<BlobKey> {
        drop(self.file.take());
        let key = BlobKey(hex::encode(std::mem::take(&mut self.hasher).finalize()));
        let path = self.root.path_of(&key);
        if fs::metadata(&path).is_ok_and(|m| m.len() == self.len) {
            fs::remove_file(&self.tmp)?;
            return Ok(key);
        }
        fs::create_dir_all(path.parent().expect("a blob path has a parent"))?;
        fs::rename(&self.tmp, &path)?;
        Ok(key)
    }
}

impl Drop for BlobWriter {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_same_blob_and_they_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path().join("blobs")).unwrap();
        let a = blobs.put(b"photo").unwrap();
        let b = blobs.put(b"photo").unwrap();
        assert_eq!(a, b);
        assert_ne!(a, blobs.put(b"other").unwrap());
        blobs.sync().unwrap();
        assert_eq!(blobs.read(&a).unwrap(), b"photo");
        assert_eq!(BlobKey::parse(a.as_str()), Some(a.clone()));
        assert_eq!(BlobKey::parse("../etc/passwd"), None);
        // A blob left short by a crash is repaired by the next put of the same bytes.
        std::fs::write(blobs.path(&a), b"ph").unwrap();
        blobs.put(b"photo").unwrap();
        assert_eq!(blobs.read(&a).unwrap(), b"photo");
    }

    #[test]
    fn a_blob_written_in_pieces_is_the_blob_of_its_bytes_and_an_abandoned_one_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path().join("blobs")).unwrap();
        let mut writer = blobs.writer().unwrap();
        writer.write(b"long ").unwrap();
        writer.write(b"video").unwrap();
        assert_eq!(writer.len(), 10);
        let key = writer.finish().unwrap();
        assert_eq!(key, BlobKey::of(b"long video"));
        assert_eq!(blobs.read(&key).unwrap(), b"long video");
        // The same content again keeps the one blob.
        let mut again = blobs.writer().unwrap();
        again.write(b"long video").unwrap();
        assert_eq!(again.finish().unwrap(), key);
        let mut abandoned = blobs.writer().unwrap();
        abandoned.write(b"half").unwrap();
        drop(abandoned);
        assert_eq!(std::fs::read_dir(dir.path().join("blobs/tmp")).unwrap().count(), 0);
    }
}
