//! The real `pmpo` binary in a pseudo-terminal: keys in, screen bytes out, as a user would run
//! it. For the tests that need the interactive app end to end (saved state across runs, several
//! pmpo at once on one data folder).

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long [`Pty::wait_for`] waits before giving up.
const PATIENCE: Duration = Duration::from_secs(10);

/// A running `pmpo` in an 80×24 pseudo-terminal.
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The screen as a terminal shows it, fed by a thread that drains the output as it comes.
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Pty {
    /// Starts `pmpo ARGS` with its data folder in `data_dir`.
    pub fn spawn(data_dir: &Path, args: &[&str]) -> Pty {
        Pty::spawn_with(data_dir, args, &[])
    }

    /// Starts `pmpo ARGS` with its data folder in `data_dir` and the environment variables `env`.
    pub fn spawn_with(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_pmpo"));
        command.args(args);
        command.env("PMPO_DATA_DIR", data_dir);
        command.env("TERM", "xterm-256color");
        command.env_remove("PMPO_KB");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("pmpo starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let size = |n| std::num::NonZero::new(n).expect("a size above zero");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(size(24), size(80), 0)));
        let sink = Arc::clone(&screen);
        // Drain the screen continuously, or pmpo would block writing to a full pty.
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(read) = reader.read(&mut chunk) {
                if read == 0 {
                    break;
                }
                sink.lock().expect("screen lock").process(&chunk[..read]);
            }
        });
        let writer = pair.master.take_writer().expect("a writer");
        Pty { master: pair.master, writer, child, screen }
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
            self.writer.write_all(&[byte]).expect("write to the pty");
            self.writer.flush().expect("flush the pty");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Types `keys` at once, as a fast typist or a paste would. Only for keys that cannot be
    /// mistaken for the start of an escape sequence (no lone Esc).
    pub fn type_fast(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// The process id, to look at it from outside.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }

    /// Waits for the app to exit and returns whether it succeeded.
    pub fn wait_exit(mut self) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("child status") {
                drop(self.master);
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(10));
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
