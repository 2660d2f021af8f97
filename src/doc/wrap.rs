//! The one way pmpo breaks text into lines, for the app's panes and every plain-text command
//! alike, so `pmpo show` and a tab break the same text at the same places.
//!
//! The policy: lines break at white space and at newlines in the text; a word goes on the current
//! line when it fits, else on the next; the spaces between two words on one line are kept as
//! written (so columns aligned by their author stay aligned), those at a break are dropped; a
//! word wider than a whole line is broken where it must be. Words are never split at hyphens (`big-tech`, `-10%`,
//! `As a … I want` stay whole). Widths are display columns (a CJK character counts two). No line
//! ends with a space.
//!
//! The algorithm is written once, over characters carrying any attribute (a style in the app,
//! nothing in plain text), and writes into a [`Sink`] that builds the lines its caller needs.

use unicode_width::UnicodeWidthChar;

/// What receives the wrapped lines.
pub trait Sink {
    /// What each character carries (a style, or `()`).
    type Attr: Copy;

    /// Starts a line; `first` for the first line (which takes the first indent, the others the
    /// hanging one).
    fn start(&mut self, first: bool);

    /// Adds a character of a word.
    fn push(&mut self, c: char, attr: Self::Attr);

    /// Adds a space between two words.
    fn space(&mut self);

    /// Ends the line.
    fn end(&mut self);
}

/// Wraps `chars` to `width` columns into `sink`; `indents` are the widths of the first line's
/// indent and of the later lines' (the sink writes them in `start`).
pub fn wrap_into<S: Sink>(
    chars: impl IntoIterator<Item = (char, S::Attr)>,
    width: usize,
    indents: (usize, usize),
    sink: &mut S,
) {
    let mut lines = Lines { sink, width: width.max(1), used: indents.0, empty: true, hanging: indents.1 };
    lines.sink.start(true);
    let mut word: Vec<(char, S::Attr)> = Vec::new();
    // The spaces before the word being read.
    let mut gap = 0;
    for (c, attr) in chars {
        if c == '\n' {
            lines.place(gap, &word);
            (gap, word) = (0, Vec::new());
            lines.new_line();
        } else if c.is_whitespace() {
            if !word.is_empty() {
                lines.place(gap, &word);
                (gap, word) = (0, Vec::new());
            }
            gap += 1;
        } else {
            word.push((c, attr));
        }
    }
    lines.place(gap, &word);
    lines.sink.end();
}

/// The state of the line being filled.
struct Lines<'a, S: Sink> {
    sink: &'a mut S,
    width: usize,
    /// Columns used on the current line, indent included.
    used: usize,
    /// Whether the current line holds nothing but its indent.
    empty: bool,
    /// The later lines' indent.
    hanging: usize,
}

impl<S: Sink> Lines<'_, S> {
    fn new_line(&mut self) {
        self.sink.end();
        self.sink.start(false);
        self.used = self.hanging;
        self.empty = true;
    }

    /// Places a word after the `gap` spaces before it, or at the start of a new line (without
    /// them) when it does not fit.
    fn place(&mut self, gap: usize, word: &[(char, S::Attr)]) {
        if word.is_empty() {
            return;
        }
        let word_width: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        if !self.empty {
            if self.used + gap + word_width <= self.width {
                for _ in 0..gap {
                    self.sink.space();
                }
                self.used += gap;
            } else {
                self.new_line();
            }
        }
        for &(c, attr) in word {
            let char_width = c.width().unwrap_or(0);
            if self.used + char_width > self.width && !self.empty {
                self.new_line();
            }
            self.sink.push(c, attr);
            self.used += char_width;
            self.empty = false;
        }
    }
}

/// Plain lines, each starting with its indent.
struct Plain<'a> {
    lines: Vec<String>,
    first: &'a str,
    rest: &'a str,
}

impl Sink for Plain<'_> {
    type Attr = ();

    fn start(&mut self, first: bool) {
        self.lines.push(if first { self.first } else { self.rest }.to_string());
    }

    fn push(&mut self, c: char, (): ()) {
        if let Some(line) = self.lines.last_mut() {
            line.push(c);
        }
    }

    fn space(&mut self) {
        self.push(' ', ());
    }

    fn end(&mut self) {
        if let Some(line) = self.lines.last_mut() {
            line.truncate(line.trim_end().len());
        }
    }
}

/// `text` wrapped to `width` columns, the first line after `first`, the others after `rest`.
pub fn wrap_text(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut plain = Plain { lines: Vec::new(), first, rest };
    wrap_into(text.chars().map(|c| (c, ())), width, (first.width(), rest.width()), &mut plain);
    plain.lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fill_lines_up_to_the_width() {
        assert_eq!(
            wrap_text("one two three four five six", 9, "", ""),
            ["one two", "three", "four five", "six"]
        );
    }

    #[test]
    fn hanging_indents_and_newlines() {
        assert_eq!(
            wrap_text("alpha beta gamma\ndelta", 12, "• ", "  "),
            ["• alpha beta", "  gamma", "  delta"]
        );
    }

    #[test]
    fn hyphens_never_break_a_word() {
        assert_eq!(wrap_text("at a big-tech company", 10, "", ""), ["at a", "big-tech", "company"]);
        assert_eq!(wrap_text("both ends -10%", 10, "", ""), ["both ends", "-10%"]);
    }

    #[test]
    fn long_words_break_where_they_must() {
        assert_eq!(wrap_text("ab cdefgh ij", 4, "", ""), ["ab", "cdef", "gh", "ij"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(wrap_text("日本語 テキスト", 8, "", ""), ["日本語", "テキスト"]);
    }

    #[test]
    fn spaces_between_words_are_kept_and_never_start_or_end_a_line() {
        assert_eq!(wrap_text("  a   b  ", 10, "", ""), ["a   b"]);
        assert_eq!(wrap_text("Mid   $120,000    60%", 12, "", ""), ["Mid", "$120,000", "60%"]);
        assert_eq!(wrap_text("", 10, "> ", ""), [">"]);
    }
}
