//! Build script: the app's wasm keeps its relocations (`--emit-relocs`), which the splitter (`.ci/split.mjs`)
//! needs to move each page's code into a chunk of its own. Only the wasm binary; native and test builds are
//! linked as before.

fn main() {
    println!("cargo:rerun-if-changed=src/build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=finsam-planner=--emit-relocs");
    }
}
