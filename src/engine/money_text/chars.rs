//! The characters that separate and sign the digits of an amount: group separators, decimal marks,
//! minus and plus.

/// Characters accepted as a thousands separator between digit groups.
pub(super) fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// Characters accepted as a decimal mark.
pub(super) fn is_decimal_mark(c: char) -> bool {
    matches!(c, ',' | '.')
}

/// Characters accepted as a minus sign: hyphen-minus, minus sign, en dash, figure dash and
/// non-breaking hyphen.
pub(super) fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{2212}' | '\u{2013}' | '\u{2012}' | '\u{2011}')
}

/// A minus or a plus.
pub(super) fn is_sign(c: char) -> bool {
    c == '+' || is_minus(c)
}
