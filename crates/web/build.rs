//! The curriculum in `content/` is compiled into the binary (include_dir). Cargo already
//! tracks each included file; this makes it notice added or removed module folders too.

fn main() {
    println!("cargo:rerun-if-changed=../../content");
}
