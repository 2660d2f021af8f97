//! Bytes in, bytes out, for the index stored in the binary ([`super::stored`]): a [`Writer`]
//! of little-endian integers, byte strings and lists (a count, then the items), and a [`Reader`]
//! that reads them back and answers `None` at the first thing that does not fit, never panics.
//! A leaf: the parts of the index write and read themselves with these.

/// Writes the parts of an index as bytes.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) out: Vec<u8>,
}

impl Writer {
    pub(crate) fn u32(&mut self, value: u32) {
        self.out.extend_from_slice(&value.to_le_bytes());
    }

    pub(crate) fn u64(&mut self, value: u64) {
        self.out.extend_from_slice(&value.to_le_bytes());
    }

    /// A length or a position (indexes are far below 4 GiB).
    pub(crate) fn usize(&mut self, value: usize) {
        self.u32(value as u32);
    }

    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        self.usize(bytes.len());
        self.out.extend_from_slice(bytes);
    }

    pub(crate) fn str(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    pub(crate) fn u32s(&mut self, values: &[u32]) {
        self.usize(values.len());
        for value in values {
            self.u32(*value);
        }
    }
}

/// Reads back what a [`Writer`] wrote; `None` at the first thing that does not fit.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    pub(crate) rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = (self.rest.get(..n)?, self.rest.get(n..)?);
        self.rest = rest;
        Some(head)
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    pub(crate) fn usize(&mut self) -> Option<usize> {
        self.u32().map(|value| value as usize)
    }

    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.usize()?;
        self.take(n)
    }

    pub(crate) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    pub(crate) fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.usize()?;
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(bytes.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
    }

    /// `n` items read by `item`.
    pub(crate) fn list<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> Option<T>) -> Option<Vec<T>> {
        let n = self.usize()?;
        // A count larger than what is left cannot be right: refuse before allocating for it.
        if n > self.rest.len() {
            return None;
        }
        (0..n).map(|_| item(self)).collect()
    }

    /// Whether everything was read.
    pub(crate) fn is_done(&self) -> bool {
        self.rest.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_refuses_what_does_not_fit() {
        let mut w = Writer::default();
        w.u32s(&[1, 2, 3]);
        w.str("pmpo");
        let bytes = w.out;
        let mut r = Reader { rest: &bytes };
        assert_eq!(r.u32s(), Some(vec![1, 2, 3]));
        assert_eq!(r.str(), Some("pmpo"));
        assert!(r.is_done());
        let mut short = Reader { rest: &bytes[..bytes.len() - 1] };
        assert_eq!(short.u32s(), Some(vec![1, 2, 3]));
        assert_eq!(short.str(), None);
        let mut huge = Reader { rest: &[0xff, 0xff, 0xff, 0xff] };
        assert_eq!(huge.list(Reader::u32), None);
    }
}
