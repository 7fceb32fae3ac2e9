//! The statement's Markdown as a small tree of blocks (headings,
//! paragraphs, lists, quotes) with styled runs of text: what the PDF and
//! DOCX writers lay out. Raw HTML in the text stays text; images and link
//! targets are dropped, their words kept.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Rule,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Span {
    pub text: String,
    pub strong: bool,
    pub emph: bool,
}

/// What is open while the events stream by.
enum Frame {
    Root,
    Quote,
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Item,
}

/// Quotes and lists nest at most this deep in print; deeper ones are
/// printed at this depth, so no text is lost and no writer recurses without
/// end.
const MAX_NESTING: usize = 6;

struct Builder {
    /// Each open container with the blocks finished inside it.
    stack: Vec<(Frame, Vec<Block>)>,
    /// For each quote, list and item begun: whether it opened a frame
    /// (false past `MAX_NESTING`).
    opened: Vec<bool>,
    spans: Vec<Span>,
    strong: u32,
    emph: u32,
    image: u32,
}

impl Builder {
    fn push_text(&mut self, text: &str) {
        if self.image > 0 || text.is_empty() {
            return;
        }
        let (strong, emph) = (self.strong > 0, self.emph > 0);
        match self.spans.last_mut() {
            Some(last) if last.strong == strong && last.emph == emph => last.text.push_str(text),
            _ => self.spans.push(Span {
                text: text.to_string(),
                strong,
                emph,
            }),
        }
    }

    fn add(&mut self, block: Block) {
        if let Some((_, blocks)) = self.stack.last_mut() {
            blocks.push(block);
        }
    }

    /// Loose words (a tight list item's) become a paragraph of their own.
    fn flush(&mut self) {
        if self.spans.iter().any(|s| !s.text.trim().is_empty()) {
            let spans = trimmed(std::mem::take(&mut self.spans));
            self.add(Block::Paragraph { spans });
        }
        self.spans.clear();
    }

    fn nesting(&self) -> usize {
        self.stack
            .iter()
            .filter(|(f, _)| matches!(f, Frame::Quote | Frame::List { .. }))
            .count()
    }

    /// Opens a quote or a list, unless that would nest too deep.
    fn open(&mut self, frame: Frame) {
        self.flush();
        let room = self.nesting() < MAX_NESTING;
        if room {
            self.stack.push((frame, Vec::new()));
        }
        self.opened.push(room);
    }

    /// Opens an item, when its list was opened.
    fn open_item(&mut self) {
        self.flush();
        let in_list = matches!(self.stack.last(), Some((Frame::List { .. }, _)));
        if in_list {
            self.stack.push((Frame::Item, Vec::new()));
        }
        self.opened.push(in_list);
    }

    fn end(&mut self) {
        self.flush();
        if self.opened.pop().unwrap_or(false) {
            self.close();
        }
    }

    fn close(&mut self) {
        let Some((frame, blocks)) = self.stack.pop() else {
            return;
        };
        match frame {
            Frame::Root => self.stack.push((Frame::Root, blocks)),
            Frame::Quote => self.add(Block::Quote { blocks }),
            Frame::List {
                ordered,
                start,
                items,
            } => self.add(Block::List {
                ordered,
                start,
                items,
            }),
            Frame::Item => {
                if let Some((Frame::List { items, .. }, _)) = self.stack.last_mut() {
                    items.push(blocks);
                }
            }
        }
    }
}

/// Leading and trailing spaces of a paragraph are not printed.
fn trimmed(mut spans: Vec<Span>) -> Vec<Span> {
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    spans.retain(|s| !s.text.is_empty());
    spans
}

fn level(h: HeadingLevel) -> u8 {
    match h {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

pub(crate) fn blocks(markdown: &str) -> Vec<Block> {
    let mut b = Builder {
        stack: vec![(Frame::Root, Vec::new())],
        opened: Vec::new(),
        spans: Vec::new(),
        strong: 0,
        emph: 0,
        image: 0,
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_)) => b.flush(),
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock) => {
                let spans = trimmed(std::mem::take(&mut b.spans));
                if !spans.is_empty() {
                    b.add(Block::Paragraph { spans });
                }
            }
            Event::End(TagEnd::Heading(h)) => {
                let spans = trimmed(std::mem::take(&mut b.spans));
                if !spans.is_empty() {
                    b.add(Block::Heading {
                        level: level(h),
                        spans,
                    });
                }
            }
            Event::Start(Tag::BlockQuote(_)) => b.open(Frame::Quote),
            Event::Start(Tag::List(start)) => b.open(Frame::List {
                ordered: start.is_some(),
                start: start.unwrap_or(1),
                items: Vec::new(),
            }),
            Event::Start(Tag::Item) => b.open_item(),
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => b.end(),
            Event::Start(Tag::Emphasis) => b.emph += 1,
            Event::End(TagEnd::Emphasis) => b.emph = b.emph.saturating_sub(1),
            Event::Start(Tag::Strong) => b.strong += 1,
            Event::End(TagEnd::Strong) => b.strong = b.strong.saturating_sub(1),
            Event::Start(Tag::Image { .. }) => b.image += 1,
            Event::End(TagEnd::Image) => b.image = b.image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                b.push_text(&t)
            }
            Event::SoftBreak => b.push_text(" "),
            Event::HardBreak => b.push_text("\n"),
            Event::Rule => {
                b.flush();
                b.add(Block::Rule);
            }
            _ => {}
        }
    }
    b.flush();
    while b.stack.len() > 1 {
        b.close();
    }
    b.stack.pop().map(|(_, blocks)| blocks).unwrap_or_default()
}

/// Every piece of text in the blocks, in reading order.
pub(crate) fn texts(blocks: &[Block]) -> Vec<&str> {
    let mut out = Vec::new();
    fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
        for block in blocks {
            match block {
                Block::Heading { spans, .. } | Block::Paragraph { spans } => {
                    out.extend(spans.iter().map(|s| s.text.as_str()))
                }
                Block::Quote { blocks } => walk(blocks, out),
                Block::List { items, .. } => items.iter().for_each(|i| walk(i, out)),
                Block::Rule => {}
            }
        }
    }
    walk(blocks, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.into(),
            strong: false,
            emph: false,
        }
    }

    #[test]
    fn headings_paragraphs_and_styles_become_blocks() {
        let got = blocks("## We demand\n\nThe *right* to **stay**.\n\n---\n");
        assert_eq!(
            got,
            vec![
                Block::Heading {
                    level: 2,
                    spans: vec![plain("We demand")]
                },
                Block::Paragraph {
                    spans: vec![
                        plain("The "),
                        Span {
                            text: "right".into(),
                            strong: false,
                            emph: true
                        },
                        plain(" to "),
                        Span {
                            text: "stay".into(),
                            strong: true,
                            emph: false
                        },
                        plain("."),
                    ]
                },
                Block::Rule,
            ]
        );
    }

    #[test]
    fn lists_nest_and_keep_their_start() {
        let got = blocks("3. first\n4. second\n   - inner\n");
        let Block::List {
            ordered,
            start,
            items,
        } = &got[0]
        else {
            panic!("expected a list, got {got:?}");
        };
        assert!(*ordered);
        assert_eq!(*start, 3);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0],
            vec![Block::Paragraph {
                spans: vec![plain("first")]
            }]
        );
        assert!(
            matches!(&items[1][1], Block::List { ordered: false, items, .. } if items.len() == 1)
        );
    }

    fn depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Quote { blocks } => 1 + depth(blocks),
                Block::List { items, .. } => 1 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn deep_nesting_is_printed_at_the_deepest_level_allowed_with_every_word() {
        let quotes = format!("{} deep words\n", ">".repeat(5000));
        let got = blocks(&quotes);
        assert_eq!(depth(&got), MAX_NESTING);
        assert_eq!(texts(&got).concat(), "deep words");

        let mut list = String::new();
        for level in 0..60 {
            list.push_str(&format!("{}- item {level}\n", "  ".repeat(level)));
        }
        let got = blocks(&list);
        assert_eq!(depth(&got), MAX_NESTING);
        let words = texts(&got).concat();
        assert!(
            words.contains("item 0") && words.contains("item 59"),
            "{words}"
        );
    }

    #[test]
    fn markup_and_images_do_not_pass_as_markup() {
        let got =
            blocks("> <b>x</b> ![alt](a.png) [site](javascript:x)\n>\n> <script>y</script>\n");
        let words = texts(&got).concat();
        assert!(
            words.contains("<b>x</b>") && words.contains("<script>y</script>"),
            "{words}"
        );
        assert!(!words.contains("alt"), "{words}");
        assert!(
            words.contains("site") && !words.contains("javascript"),
            "{words}"
        );
        assert!(matches!(got[0], Block::Quote { .. }));
    }
}
