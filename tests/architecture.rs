//! The layering holds: no two source files import each other, directly or round a circle, and the
//! domain modules (knowledge base, documents, exports, notes, salary, search, study, store, tab
//! identity) never import the terminal's modules or ratatui; `ui` imports no tab and not the app.
//!
//! Imports are read from the source text: every `use` declaration (braces expanded) and every
//! `crate::` path outside comments and test modules, resolved to the file of the deepest module
//! they name. A `mod.rs` that only declares and re-exports its children is how a folder shows
//! its contents; a child importing what its parent file *defines* while the parent imports the
//! child is a circle, and so is a re-export that the child then imports through the parent.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path (`["tabs", "faq"]`), the crate root being empty.
type Module = Vec<String>;

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The module a file defines (`src/tabs/faq.rs` → `tabs::faq`, `src/tabs/mod.rs` → `tabs`).
fn module_of(src: &Path, file: &Path) -> Module {
    let relative = file.strip_prefix(src).expect("under src").with_extension("");
    let mut parts: Module = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod" || last == "lib") {
        parts.pop();
    }
    parts
}

/// The source without comments and without the `#[cfg(test)] mod tests` that ends a file.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let path: String = path.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = path.find('{') else { return vec![path] };
    let base = &path[..open];
    let inner = &path[open + 1..path.len() - 1];
    let (mut items, mut depth, mut current) = (Vec::new(), 0, String::new());
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    items.push(current);
    items
        .into_iter()
        .filter(|item| !item.is_empty())
        .flat_map(|item| {
            if item == "self" {
                vec![base.trim_end_matches("::").to_string()]
            } else {
                expand(&format!("{base}{item}"))
            }
        })
        .collect()
}

/// Every path the file imports.
fn imports(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let statement: String = statement.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(start) = statement.find("use ") else { continue };
        let before = &statement[..start];
        if !(before.is_empty()
            || before.trim_end().ends_with("pub")
            || before.trim_end().ends_with(')')
            || before.ends_with("} ")
            || before.ends_with("{ ")
            // An attribute before it: `#[cfg(unix)] use ...`.
            || before.ends_with("] "))
        {
            continue;
        }
        let path: String = statement[start + 4..].chars().filter(|c| !c.is_whitespace()).collect();
        paths.extend(expand(&path));
    }
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let tail = &rest[at + "crate::".len()..];
        let end = tail.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(tail.len());
        paths.push(format!("crate::{}", tail[..end].trim_end_matches(':')));
        rest = &tail[end..];
    }
    paths
}

/// The file a path lands in: the deepest module it names that is a file of ours.
fn resolve(from: &Module, path: &str, modules: &BTreeSet<Module>) -> Option<Module> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut full: Module = match segments.first()? {
        &"crate" => Vec::new(),
        &"super" => from[..from.len().saturating_sub(1)].to_vec(),
        &"self" => from.clone(),
        first => {
            let mut child = from.clone();
            child.push((*first).to_string());
            if !modules.contains(&child) {
                return None;
            }
            from.clone()
        }
    };
    let rest = segments.iter().skip(usize::from(matches!(segments[0], "crate" | "super" | "self")));
    let mut supers = rest.clone().take_while(|s| **s == "super").count();
    while supers > 0 {
        full.pop();
        supers -= 1;
    }
    full.extend(rest.skip_while(|s| **s == "super").map(|s| (*s).to_string()));
    (0..=full.len()).rev().map(|n| full[..n].to_vec()).find(|candidate| modules.contains(candidate))
}

fn graph() -> (BTreeMap<Module, BTreeSet<Module>>, BTreeMap<Module, String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let texts: BTreeMap<Module, String> = files
        .iter()
        .filter(|file| !file.ends_with("main.rs"))
        .map(|file| (module_of(&src, file), code(&std::fs::read_to_string(file).expect("readable"))))
        .collect();
    let modules: BTreeSet<Module> = texts.keys().cloned().collect();
    let edges = texts
        .iter()
        .map(|(module, code)| {
            let targets = imports(code)
                .iter()
                .filter_map(|path| resolve(module, path, &modules))
                .filter(|target| target != module)
                .collect();
            (module.clone(), targets)
        })
        .collect();
    (edges, texts)
}

fn name(module: &Module) -> String {
    if module.is_empty() { "lib".to_string() } else { module.join("/") }
}

/// The circles of the import graph (strongly connected sets of more than one file).
fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    // Reachability by repeated search: the graph has a hundred-odd files.
    let reach = |start: &Module| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(module) = stack.pop() {
            for next in edges.get(&module).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&Module, BTreeSet<Module>> =
        edges.keys().map(|module| (module, reach(module))).collect();
    let mut found: BTreeSet<Vec<String>> = BTreeSet::new();
    for (module, reaches) in &reachable {
        let circle: Vec<String> = reaches
            .iter()
            .filter(|other| reachable.get(other).is_some_and(|back| back.contains(*module)))
            .map(name)
            .collect();
        if !circle.is_empty() {
            found.insert(circle);
        }
    }
    found.into_iter().collect()
}

#[test]
fn no_two_files_import_each_other() {
    let (edges, _) = graph();
    assert!(edges.len() > 50, "the source was read ({} files)", edges.len());
    let circles = circles(&edges);
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.iter().map(|c| c.join(" ⇄ ")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_layers_point_one_way() {
    let (edges, texts) = graph();
    let domain = ["kb", "doc", "export", "notes", "salary", "search", "study", "store", "tab"];
    let face = ["ui", "tabs", "app", "action", "keymap", "terminal", "background", "cli"];
    for (module, targets) in &edges {
        let top = module.first().map_or("", String::as_str);
        for target in targets {
            let target_top = target.first().map_or("", String::as_str);
            if domain.contains(&top) {
                assert!(!face.contains(&target_top), "{} (domain) imports {}", name(module), name(target));
            }
            if top == "ui" {
                assert!(
                    !matches!(target_top, "tabs" | "app"),
                    "{} (ui) imports {}",
                    name(module),
                    name(target)
                );
            }
        }
        if domain.contains(&top) {
            assert!(!texts[module].contains("ratatui"), "{} (domain) uses ratatui", name(module));
        }
    }
}

#[test]
fn the_reader_of_imports_resolves_what_it_should() {
    let modules: BTreeSet<Module> = [
        vec![],
        vec!["tabs".into()],
        vec!["tabs".into(), "faq".into()],
        vec!["tabs".into(), "view".into()],
        vec!["kb".into()],
    ]
    .into_iter()
    .collect();
    let faq = vec!["tabs".to_string(), "faq".to_string()];
    assert_eq!(resolve(&faq, "super::view::Ctx", &modules), Some(vec!["tabs".into(), "view".into()]));
    assert_eq!(resolve(&faq, "super::Ctx", &modules), Some(vec!["tabs".into()]));
    assert_eq!(resolve(&faq, "crate::kb::Role", &modules), Some(vec!["kb".into()]));
    assert_eq!(expand("a::{b, c::{d, e}}"), ["a::b", "a::c::d", "a::c::e"]);
    assert_eq!(
        imports("#[allow(unused_imports)]\nuse super::view::Ctx;"),
        ["super::view::Ctx"],
        "after an attribute"
    );
    let mut edges = BTreeMap::new();
    edges.insert(vec!["a".to_string()], BTreeSet::from([vec!["b".to_string()]]));
    edges.insert(vec!["b".to_string()], BTreeSet::from([vec!["a".to_string()]]));
    assert_eq!(circles(&edges), vec![vec!["a".to_string(), "b".to_string()]], "a circle is found");
}
