//! The real `pmpo` binary in a pseudo-terminal: keys in, screen bytes out, as a user would run
//! it. For the tests that need the interactive app end to end (saved state across runs).

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `pmpo` in an 80×24 pseudo-terminal.
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    /// Starts `pmpo ARGS` with its data folder in `data_dir`.
    pub fn spawn(data_dir: &Path, args: &[&str]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_pmpo"));
        command.args(args);
        command.env("PMPO_DATA_DIR", data_dir);
        command.env("TERM", "xterm-256color");
        command.env_remove("PMPO_KB");
        let child = pair.slave.spawn_command(command).expect("pmpo starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        // Drain the screen continuously, or pmpo would block writing to a full pty.
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(read) = reader.read(&mut chunk) {
                if read == 0 {
                    break;
                }
                sink.lock().expect("output lock").extend_from_slice(&chunk[..read]);
            }
        });
        let writer = pair.master.take_writer().expect("a writer");
        Pty { master: pair.master, writer, child, output }
    }

    /// The screen as a terminal would show it now: the output so far replayed through a
    /// terminal emulator (ratatui writes only the cells that changed).
    pub fn screen(&self) -> String {
        let size = |n| std::num::NonZero::new(n).expect("a size above zero");
        let mut parser = vt100::Parser::new(size(24), size(80), 0);
        parser.process(&self.output.lock().expect("output lock"));
        parser.screen().contents()
    }

    /// Waits until the screen shows `text`, or panics after ten seconds with the screen.
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("timed out waiting for {text:?}; the screen:\n{}", self.screen());
    }

    /// Types `keys` (raw bytes as a terminal sends them), one at a time like a person.
    pub fn send(&mut self, keys: &str) {
        for byte in keys.bytes() {
            self.writer.write_all(&[byte]).expect("write to the pty");
            self.writer.flush().expect("flush the pty");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits for the app to exit and returns whether it succeeded.
    pub fn wait_exit(mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
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

    /// Kills the app as a closed laptop lid or a lost SSH session would.
    pub fn kill(mut self) {
        self.child.kill().expect("kill pmpo");
        let _ = self.child.wait();
    }
}
