//! The real `pmpo` binary in a pseudo-terminal: keys in, screen bytes out, as a user would run
//! it. For the tests that need the interactive app end to end (saved state across runs, several
//! pmpo at once on one data folder, the theme picked from the terminal's answer and the colour
//! codes written).
//!
//! The test side plays the terminal, including its answers to queries: by default it answers
//! device attributes (DA1) as nearly every terminal does, and not the colour queries (OSC 10/11);
//! [`Answers`] makes it answer those too, or nothing at all.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The queries pmpo may send about the terminal's colours, and the device-attributes query that
/// follows them.
pub const QUERY_FOREGROUND: &[u8] = b"\x1b]10;?";
/// Asks for the background colour (OSC 11).
pub const QUERY_BACKGROUND: &[u8] = b"\x1b]11;?";
/// Asks for the device attributes (DA1).
pub const QUERY_DEVICE: &[u8] = b"\x1b[c";

/// Asks the terminal to mark pastes (bracketed paste mode on).
pub const BRACKETED_PASTE_ON: &[u8] = b"\x1b[?2004h";
/// Stops the terminal marking pastes (bracketed paste mode off).
pub const BRACKETED_PASTE_OFF: &[u8] = b"\x1b[?2004l";

/// What the fake terminal answers.
#[derive(Debug, Clone, Copy)]
pub enum Answers {
    /// Nothing, not even DA1: a query has to give up after its timeout.
    Silent,
    /// DA1 only, like a terminal that does not know the colour queries.
    DeviceOnly,
    /// Its colours, as X11 colour specs (`rgb:ffff/ffff/ffff`), and DA1.
    Colors {
        /// The text colour (OSC 10).
        foreground: &'static str,
        /// The background colour (OSC 11).
        background: &'static str,
    },
}

/// How long [`Pty::wait_for`] waits before giving up.
const PATIENCE: Duration = Duration::from_secs(10);

/// A running `pmpo` in a pseudo-terminal (80×24 unless asked otherwise).
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    /// Every byte written so far (for the colour codes and the queries).
    output: Arc<Mutex<Vec<u8>>>,
    /// The screen as a terminal shows it, fed by the thread that drains the output as it comes.
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Pty {
    /// Starts `pmpo ARGS` with its data folder in `data_dir`, on a terminal that answers DA1.
    pub fn spawn(data_dir: &Path, args: &[&str]) -> Pty {
        Pty::spawn_with(data_dir, args, &[], Answers::DeviceOnly)
    }

    /// Starts `pmpo ARGS` with the variables `env` set (and none of the test's own `NO_COLOR`,
    /// `PMPO_THEME`, `COLORFGBG` or `PMPO_KB`), on a terminal that gives `answers`.
    pub fn spawn_with(data_dir: &Path, args: &[&str], env: &[(&str, &str)], answers: Answers) -> Pty {
        Pty::spawn_sized(data_dir, args, env, answers, (80, 24))
    }

    /// Starts `pmpo ARGS` as [`Pty::spawn_with`] does, in a terminal of `(columns, rows)`.
    pub fn spawn_sized(
        data_dir: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        answers: Answers,
        (cols, rows): (u16, u16),
    ) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_pmpo"));
        command.args(args);
        command.env("PMPO_DATA_DIR", data_dir);
        command.env("TERM", "xterm-256color");
        for name in ["PMPO_KB", "NO_COLOR", "PMPO_THEME", "COLORFGBG"] {
            command.env_remove(name);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("pmpo starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("a writer")));
        let output = Arc::new(Mutex::new(Vec::new()));
        let size = |n| std::num::NonZero::new(n).expect("a size above zero");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let (sink, answer, shown) = (Arc::clone(&output), Arc::clone(&writer), Arc::clone(&screen));
        // Drain the screen continuously, or pmpo would block writing to a full pty; answer
        // queries as they arrive, in the order they were asked.
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            let mut scanned = 0;
            while let Ok(read) = reader.read(&mut chunk) {
                if read == 0 {
                    break;
                }
                shown.lock().expect("screen lock").process(&chunk[..read]);
                let mut output = sink.lock().expect("output lock");
                output.extend_from_slice(&chunk[..read]);
                let (replies, upto) = replies(&output, scanned, answers);
                scanned = upto;
                drop(output);
                if !replies.is_empty() {
                    let mut writer = answer.lock().expect("writer lock");
                    let _ = writer.write_all(&replies).and_then(|()| writer.flush());
                }
            }
        });
        Pty { master: pair.master, writer, child, output, screen }
    }

    /// Resizes the terminal, as dragging a window's corner does (pmpo gets SIGWINCH); what
    /// arrives from now on is drawn at the new size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the pty");
        let size = |n| std::num::NonZero::new(n).expect("a size above zero");
        self.screen.lock().expect("screen lock").screen_mut().set_size(size(rows), size(cols));
    }

    /// Every byte pmpo has written so far.
    pub fn output(&self) -> Vec<u8> {
        self.output.lock().expect("output lock").clone()
    }

    /// Whether pmpo has sent `query` (one of the `QUERY_*` sequences).
    pub fn asked(&self, query: &[u8]) -> bool {
        self.output().windows(query.len()).any(|window| window == query)
    }

    /// The palette indices (0–15, and beyond for the 256-colour cube) of every text colour pmpo
    /// has set with an SGR sequence (`ESC [ … m`): `30`–`37`, `90`–`97` and `38;5;N`.
    pub fn text_colors(&self) -> BTreeSet<u8> {
        let mut colors = BTreeSet::new();
        for params in sgr_sequences(&self.output()) {
            let mut params = params.iter().copied();
            while let Some(param) = params.next() {
                match param {
                    30..=37 => colors.insert((param - 30) as u8),
                    90..=97 => colors.insert((param - 90 + 8) as u8),
                    38 => match params.next() {
                        Some(5) => params.next().is_some_and(|index| colors.insert(index as u8)),
                        Some(2) => params.nth(2).is_some(), // true colour: never used by pmpo
                        _ => false,
                    },
                    48 => matches!(params.next(), Some(5)) && params.next().is_some(),
                    _ => false,
                };
            }
        }
        colors
    }

    /// The screen as a terminal would show it now (ratatui writes only the cells that changed).
    pub fn screen(&self) -> String {
        self.screen.lock().expect("screen lock").screen().contents()
    }

    /// Waits until the screen shows `text`, or panics after ten seconds with the screen.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on the screen"), |screen| screen.contains(text));
    }

    /// Waits until `done` holds for the screen, or panics after ten seconds with the screen;
    /// returns the screen.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(3));
        }
    }

    /// Types `keys` (raw bytes as a terminal sends them), one at a time like a person.
    pub fn send(&mut self, keys: &str) {
        for byte in keys.bytes() {
            let mut writer = self.writer.lock().expect("writer lock");
            writer.write_all(&[byte]).expect("write to the pty");
            writer.flush().expect("flush the pty");
            drop(writer);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Types `keys` at once, as a fast typist or a paste would. Only for keys that cannot be
    /// mistaken for the start of an escape sequence (no lone Esc).
    pub fn type_fast(&mut self, keys: &str) {
        let mut writer = self.writer.lock().expect("writer lock");
        writer.write_all(keys.as_bytes()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// The process id, to look at it from outside.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }

    /// Whether bracketed paste is on: pmpo turned it on and has not turned it off since.
    pub fn bracketed_paste(&self) -> bool {
        let output = self.output();
        let last = |sequence: &[u8]| output.windows(sequence.len()).rposition(|window| window == sequence);
        match (last(BRACKETED_PASTE_ON), last(BRACKETED_PASTE_OFF)) {
            (Some(on), Some(off)) => on > off,
            (on, _) => on.is_some(),
        }
    }

    /// Writes `bytes` in one go, as a terminal sends a paste or a burst of keys.
    pub fn send_at_once(&mut self, bytes: &[u8]) {
        let mut writer = self.writer.lock().expect("writer lock");
        writer.write_all(bytes).expect("write to the pty");
        writer.flush().expect("flush the pty");
        drop(writer);
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Pastes `text` as a terminal with bracketed paste on sends it: between `ESC [200~` and
    /// `ESC [201~`, in one go. A terminal sends the markers only when the app asked for them
    /// (see [`Pty::bracketed_paste`]); without them a paste is bare keys.
    pub fn paste(&mut self, text: &str) {
        let asked = self.bracketed_paste();
        let mut bytes = Vec::new();
        if asked {
            bytes.extend_from_slice(b"\x1b[200~");
        }
        bytes.extend_from_slice(text.as_bytes());
        if asked {
            bytes.extend_from_slice(b"\x1b[201~");
        }
        self.send_at_once(&bytes);
    }

    /// Waits for a command to exit; whether it succeeded, and everything it wrote.
    pub fn wait_exit_output(self) -> (bool, Vec<u8>) {
        let output = Arc::clone(&self.output);
        let success = self.wait_exit();
        // The pty's reader has seen the last byte once it has seen the end: give it a moment.
        std::thread::sleep(Duration::from_millis(100));
        let bytes = output.lock().expect("output lock").clone();
        (success, bytes)
    }

    /// Waits for the app to exit and returns whether it succeeded.
    pub fn wait_exit(mut self) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("child status") {
                drop(self.master);
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("pmpo did not exit; the screen:\n{}", self.screen());
    }

    /// Kills the app with SIGKILL, as `kill -9`, an out-of-memory killer or a power cut would:
    /// no handler, no destructor, no exit path runs.
    pub fn kill(mut self) {
        let status = std::process::Command::new("kill")
            .args(["-9", &self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -9 pmpo");
        let _ = self.child.wait();
    }
}

/// The fake terminal's replies to the queries in `output[from..]`, in order, and how far the
/// output has been scanned (short of a query that may be cut off at the end).
fn replies(output: &[u8], from: usize, answers: Answers) -> (Vec<u8>, usize) {
    let mut found: Vec<(usize, Vec<u8>)> = Vec::new();
    for query in [QUERY_FOREGROUND, QUERY_BACKGROUND, QUERY_DEVICE] {
        let reply = match answers {
            Answers::Silent => continue,
            _ if query == QUERY_DEVICE => b"\x1b[?62;22c".to_vec(),
            Answers::Colors { foreground, .. } if query == QUERY_FOREGROUND => {
                format!("\x1b]10;{foreground}\x1b\\").into_bytes()
            }
            Answers::Colors { background, .. } => format!("\x1b]11;{background}\x1b\\").into_bytes(),
            Answers::DeviceOnly => continue,
        };
        let starts = output[from..].windows(query.len()).enumerate().filter(|(_, w)| *w == query);
        found.extend(starts.map(|(at, _)| (from + at + query.len(), reply.clone())));
    }
    found.sort_by_key(|(end, _)| *end);
    let upto = found.last().map_or(0, |(end, _)| *end).max(output.len().saturating_sub(5)).max(from);
    (found.into_iter().flat_map(|(_, reply)| reply).collect(), upto)
}

/// The parameters of every SGR sequence (`ESC [ params m`) in `output`.
fn sgr_sequences(output: &[u8]) -> Vec<Vec<u32>> {
    let mut sequences = Vec::new();
    let mut rest = output;
    while let Some(start) = rest.windows(2).position(|w| w == b"\x1b[") {
        rest = &rest[start + 2..];
        let end = rest.iter().position(|b| !(b.is_ascii_digit() || *b == b';')).unwrap_or(rest.len());
        if rest.get(end) == Some(&b'm') {
            let text = std::str::from_utf8(&rest[..end]).unwrap_or("");
            sequences.push(text.split(';').map(|p| p.parse().unwrap_or(0)).collect());
        }
        rest = &rest[end..];
    }
    sequences
}
