//! Swedish wording of serde's (English) error details, e.g. "unknown field `ammount`".

/// The detail in Swedish; an unrecognised detail is kept in English after a Swedish lead.
pub(super) fn detail_sv(detail: &str) -> String {
    let rules: [(&str, &str); 9] = [
        ("unknown field ", "okänt fält "),
        ("missing field ", "fältet saknas: "),
        ("invalid type: ", "fel typ: "),
        ("invalid value: ", "ogiltigt värde: "),
        ("unknown variant ", "okänt alternativ "),
        ("duplicate field ", "fältet förekommer två gånger: "),
        ("duplicate key ", "nyckeln förekommer två gånger: "),
        ("invalid length ", "fel längd "),
        ("amount ", "beloppet "),
    ];
    for (english, swedish) in rules {
        if let Some(rest) = detail.strip_prefix(english) {
            return format!("{swedish}{}", words_sv(rest));
        }
    }
    format!("felaktigt värde ({detail})")
}

/// Common English words inside serde's details.
fn words_sv(rest: &str) -> String {
    rest.replace(", expected one of ", ", tillåtna: ")
        .replace(", expected ", ", väntade ")
        .replace(", there are no fields", "")
        .replace(
            " has more than two decimals (öre)",
            " har fler än två decimaler (öre)",
        )
        .replace(
            "a JSON value (numbers must be whole; amounts are strings)",
            "ett JSON-värde (tal ska vara heltal; belopp skrivs som text)",
        )
        .replace(" at line ", " på rad ")
        .replace(" column ", ", kolumn ")
}
