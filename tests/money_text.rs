#![cfg(not(target_arch = "wasm32"))]
//! Tests of `engine::money_text`: every amount form in the two seed budgets, exact sv-SE output
//! strings, display rounding at the midpoints, each parse error, round trips (proptest) and an
//! exhaustive check of all 1 000 000 amounts 0,00–9 999,99 kr.

use finsam_planner::engine::money_text::{
    format_kr, format_percent, format_plain, format_tkr, parse_amount, parse_amount_in, round_ore,
    round_tkr, DisplayUnit, ParseAmountError, DISPLAY_ROUNDING, MAX_PARSED_AMOUNT,
    MAX_PERCENT_DECIMALS, MINUS_SIGN, NBSP,
};
use proptest::prelude::*;
use rust_decimal::{dec, Decimal, RoundingStrategy};

fn kr(text: &str) -> Decimal {
    match parse_amount(text) {
        Ok(value) => value,
        Err(error) => panic!("{text:?} should parse, got {error:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Seeds: every amount as written, with the value from seed_figures.md (typed by hand).
// ---------------------------------------------------------------------------------------------

/// Landskrona Svalöv 2023 (amounts in kr): the "Budgetutrymme" text and "Bilaga 1 – budget".
const LANDSKRONA: &[(&str, Decimal)] = &[
    // A1, Budgetutrymme
    ("5 028 000 kr", dec!(5028000)),
    ("0 000 kr", dec!(0)),
    ("3 232 297kr", dec!(3232297)),
    ("-1 565 000 kr", dec!(-1565000)),
    ("-977 000 kr", dec!(-977000)),
    ("-1 069 000 kr", dec!(-1069000)),
    ("4 649 297 kr", dec!(4649297)),
    // A2, income (trailing spaces as in the extracted text)
    ("5 028 000        ", dec!(5028000)),
    ("-", dec!(0)),
    ("3 232 297   ", dec!(3232297)),
    // A2, beslutade insatser
    ("204 000 -         ", dec!(-204000)),
    ("113 000 -", dec!(-113000)),
    ("752 000 -", dec!(-752000)),
    ("1 069 000 -   ", dec!(-1069000)),
    // A2, innovationsmiljö
    ("408 000,00 -    ", dec!(-408000)),
    ("204 000,00 -", dec!(-204000)),
    ("150 000,00 -", dec!(-150000)),
    ("90 000,00 -      ", dec!(-90000)),
    ("40 000,00 -", dec!(-40000)),
    ("5 000,00 -        ", dec!(-5000)),
    ("977 000,00 - ", dec!(-977000)),
    // A2, förbundets driftskostnad
    ("1 050 000 -      ", dec!(-1050000)),
    ("120 000 -", dec!(-120000)),
    ("60 000 -           ", dec!(-60000)),
    ("100 000 -", dec!(-100000)),
    ("20 000 -", dec!(-20000)),
    ("65 000 -", dec!(-65000)),
    ("5 000 -              ", dec!(-5000)),
    ("1 565 000 -   ", dec!(-1565000)),
    // A2, totals
    ("3 611 000 -   ", dec!(-3611000)),
    ("1 417 000   ", dec!(1417000)),
    ("4 649 297   ", dec!(4649297)),
];

/// Lund 2015–2017 table cells (t kr), read with `parse_amount_in(.., Tkr)`.
const LUND_TKR: &[(&str, Decimal)] = &[
    ("2 750", dec!(2750000)),
    ("3 150", dec!(3150000)),
    ("3 500", dec!(3500000)),
    ("1 375", dec!(1375000)),
    ("1 575", dec!(1575000)),
    ("1 750", dec!(1750000)),
    ("50", dec!(50000)),
    ("30", dec!(30000)),
    ("5 550", dec!(5550000)),
    ("6 330", dec!(6330000)),
    ("7 030", dec!(7030000)),
    ("2 000", dec!(2000000)),
    ("1 000", dec!(1000000)),
    ("7 550", dec!(7550000)),
    ("7 330", dec!(7330000)),
    ("6 460", dec!(6460000)),
    ("5 660", dec!(5660000)),
    ("1 150", dec!(1150000)),
    ("1 670", dec!(1670000)),
    ("–", dec!(0)), // the empty 2018 column in seed_figures.md
];

/// Amounts in the Lund running text and in domain.md.
const TEXT_FORMS: &[(&str, Decimal)] = &[
    ("3,34 miljoner kr", dec!(3340000)),
    ("3,34 miljoner", dec!(3340000)),
    ("6,68 miljoner", dec!(6680000)),
    ("6,3 miljoner", dec!(6300000)),
    ("59 miljoner", dec!(59000000)),
    ("7 miljoner", dec!(7000000)),
    ("6 miljoner kr", dec!(6000000)),
    ("280 MSEK", dec!(280000000)),
    ("339 MSEK", dec!(339000000)),
    ("12.9 MSEK", dec!(12900000)),
    ("400 tkr", dec!(400000)),
    ("3 340 t kr", dec!(3340000)),
    ("6 680 t kr", dec!(6680000)),
    ("1 005 600 kr", dec!(1005600)),
];

#[test]
fn every_landskrona_seed_form_parses_to_its_value() {
    for (text, expected) in LANDSKRONA {
        assert_eq!(parse_amount(text), Ok(*expected), "{text:?}");
    }
}

#[test]
fn every_lund_table_cell_parses_in_tkr() {
    for (text, expected) in LUND_TKR {
        assert_eq!(
            parse_amount_in(text, DisplayUnit::Tkr),
            Ok(*expected),
            "{text:?}"
        );
        // The same text read as kronor is a thousand times smaller.
        if !expected.is_zero() {
            assert_eq!(parse_amount(text), Ok(*expected / dec!(1000)), "{text:?}");
        }
    }
}

#[test]
fn every_text_form_parses_to_its_value() {
    for (text, expected) in TEXT_FORMS {
        assert_eq!(parse_amount(text), Ok(*expected), "{text:?}");
        // An explicit unit wins over the default unit.
        assert_eq!(
            parse_amount_in(text, DisplayUnit::Tkr),
            Ok(*expected),
            "{text:?}"
        );
    }
}

#[test]
fn landskrona_budgetutrymme_adds_up_when_parsed() {
    let parts = [
        "5 028 000 kr",
        "0 000 kr",
        "3 232 297kr",
        "-1 565 000 kr",
        "-977 000 kr",
        "-1 069 000 kr",
    ];
    let total: Decimal = parts.iter().map(|t| kr(t)).sum();
    assert_eq!(total, kr("4 649 297 kr"));
    let innovation = [
        "408 000,00 -",
        "204 000,00 -",
        "150 000,00 -",
        "90 000,00 -",
        "40 000,00 -",
        "40 000,00 -",
        "40 000,00 -",
        "5 000,00 -",
    ];
    assert_eq!(
        innovation.iter().map(|t| kr(t)).sum::<Decimal>(),
        kr("977 000,00 -")
    );
}

#[test]
fn lund_2015_costs_add_up_when_parsed_in_tkr() {
    let costs = [
        "200", "750", "500", "600", "650", "700", "600", "400", "640", "120", "200", "800", "300",
    ];
    let sum: Decimal = costs
        .iter()
        .map(|t| parse_amount_in(t, DisplayUnit::Tkr).unwrap_or_else(|e| panic!("{t}: {e:?}")))
        .sum();
    assert_eq!(Ok(sum), parse_amount_in("6 460", DisplayUnit::Tkr));
}

// ---------------------------------------------------------------------------------------------
// Exact output strings (U+00A0 groups and unit, U+2212 minus), as Intl.NumberFormat('sv-SE').
// ---------------------------------------------------------------------------------------------

#[test]
fn constants_are_the_sv_se_characters() {
    assert_eq!(NBSP, '\u{00A0}');
    assert_eq!(MINUS_SIGN, '\u{2212}');
    assert_eq!(DISPLAY_ROUNDING, RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(MAX_PARSED_AMOUNT, dec!(1_000_000_000_000_000));
}

#[test]
fn format_kr_exact_strings() {
    let cases: &[(Decimal, &str)] = &[
        (dec!(5028000), "5\u{a0}028\u{a0}000\u{a0}kr"),
        (dec!(-1565000), "\u{2212}1\u{a0}565\u{a0}000\u{a0}kr"),
        (dec!(3232297), "3\u{a0}232\u{a0}297\u{a0}kr"),
        (dec!(0), "0\u{a0}kr"),
        (dec!(0.00), "0\u{a0}kr"),
        (dec!(-0.001), "0\u{a0}kr"),
        (dec!(1), "1\u{a0}kr"),
        (dec!(-1), "\u{2212}1\u{a0}kr"),
        (dec!(999), "999\u{a0}kr"),
        (dec!(1000), "1\u{a0}000\u{a0}kr"),
        (dec!(1234.5), "1\u{a0}234,50\u{a0}kr"),
        (dec!(1234.50), "1\u{a0}234,50\u{a0}kr"),
        (dec!(1234.05), "1\u{a0}234,05\u{a0}kr"),
        (dec!(-0.5), "\u{2212}0,50\u{a0}kr"),
        (dec!(408000.00), "408\u{a0}000\u{a0}kr"),
        (dec!(123456789.99), "123\u{a0}456\u{a0}789,99\u{a0}kr"),
        (
            dec!(-1000000000000000),
            "\u{2212}1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}kr",
        ),
        (dec!(2.675), "2,68\u{a0}kr"),
        (dec!(0.005), "0,01\u{a0}kr"),
        (dec!(-0.005), "\u{2212}0,01\u{a0}kr"),
        (dec!(0.0049), "0\u{a0}kr"),
        (dec!(-0.0049), "0\u{a0}kr"),
        (dec!(9.995), "10\u{a0}kr"),
        (dec!(999.999), "1\u{a0}000\u{a0}kr"),
    ];
    for (amount, expected) in cases {
        assert_eq!(format_kr(*amount), *expected, "{amount}");
        assert_eq!(DisplayUnit::Kr.format(*amount), *expected, "{amount}");
    }
}

#[test]
fn format_kr_matches_intl_bytes() {
    // new Intl.NumberFormat('sv-SE', {style:'currency', currency:'SEK', maximumFractionDigits:0})
    //   .format(-1565000), as code points (measured with Node 20):
    let intl: String = [
        0x2212, 0x31, 0xa0, 0x35, 0x36, 0x35, 0xa0, 0x30, 0x30, 0x30, 0xa0, 0x6b, 0x72,
    ]
    .iter()
    .filter_map(|&u| char::from_u32(u))
    .collect();
    assert_eq!(format_kr(dec!(-1565000)), intl);
}

#[test]
fn format_plain_exact_strings() {
    assert_eq!(format_plain(dec!(5028000)), "5\u{a0}028\u{a0}000");
    assert_eq!(format_plain(dec!(-408000)), "\u{2212}408\u{a0}000");
    assert_eq!(format_plain(dec!(1234.5)), "1\u{a0}234,50");
    assert_eq!(format_plain(dec!(0)), "0");
    assert_eq!(DisplayUnit::Kr.format_plain(dec!(-0.01)), "\u{2212}0,01");
}

#[test]
fn format_tkr_exact_strings_and_midpoints() {
    let cases: &[(Decimal, &str)] = &[
        (dec!(6300000), "6\u{a0}300\u{a0}t\u{a0}kr"),
        (dec!(2750000), "2\u{a0}750\u{a0}t\u{a0}kr"),
        (dec!(0), "0\u{a0}t\u{a0}kr"),
        // the midpoint rounds away from zero, both signs
        (dec!(1565500), "1\u{a0}566\u{a0}t\u{a0}kr"),
        (dec!(-1565500), "\u{2212}1\u{a0}566\u{a0}t\u{a0}kr"),
        (dec!(1565499.99), "1\u{a0}565\u{a0}t\u{a0}kr"),
        (dec!(-1565499.99), "\u{2212}1\u{a0}565\u{a0}t\u{a0}kr"),
        (dec!(500), "1\u{a0}t\u{a0}kr"),
        (dec!(-500), "\u{2212}1\u{a0}t\u{a0}kr"),
        (dec!(499.99), "0\u{a0}t\u{a0}kr"),
        (dec!(-499.99), "0\u{a0}t\u{a0}kr"),
        // one rounding only, straight from the exact value (not via öre)
        (dec!(1499.995), "1\u{a0}t\u{a0}kr"),
        (dec!(999500), "1\u{a0}000\u{a0}t\u{a0}kr"),
    ];
    for (amount, expected) in cases {
        assert_eq!(format_tkr(*amount), *expected, "{amount}");
        assert_eq!(DisplayUnit::Tkr.format(*amount), *expected, "{amount}");
    }
    assert_eq!(
        DisplayUnit::Tkr.format_plain(dec!(-1565500)),
        "\u{2212}1\u{a0}566"
    );
    assert_eq!(round_tkr(dec!(1565500)), dec!(1566));
    assert_eq!(round_tkr(dec!(-1565500)), dec!(-1566));
    assert_eq!(round_tkr(dec!(-499.99)), dec!(0));
}

#[test]
fn round_ore_is_half_away_from_zero() {
    assert_eq!(round_ore(dec!(0.005)), dec!(0.01));
    assert_eq!(round_ore(dec!(-0.005)), dec!(-0.01));
    assert_eq!(round_ore(dec!(0.015)), dec!(0.02)); // banker's rounding would give 0.02 too
    assert_eq!(round_ore(dec!(0.025)), dec!(0.03)); // ... but 0.02 here
    assert_eq!(round_ore(dec!(1.2)), dec!(1.2));
}

#[test]
fn format_percent_exact_strings() {
    assert_eq!(format_percent(dec!(0.265), 1), "26,5\u{a0}%");
    assert_eq!(format_percent(dec!(1670) / dec!(6300), 1), "26,5\u{a0}%"); // Lund 2016
    assert_eq!(
        format_percent(dec!(3611000) / dec!(5028000), 1),
        "71,8\u{a0}%"
    ); // Landskrona costs
    assert_eq!(format_percent(dec!(0.2), 0), "20\u{a0}%");
    assert_eq!(format_percent(dec!(0.2), 2), "20,00\u{a0}%");
    assert_eq!(format_percent(dec!(-0.0345), 1), "\u{2212}3,5\u{a0}%");
    assert_eq!(format_percent(dec!(0.00045), 1), "0,0\u{a0}%");
    assert_eq!(format_percent(dec!(0.0005), 1), "0,1\u{a0}%");
    assert_eq!(format_percent(dec!(-0.0004), 1), "0,0\u{a0}%");
    assert_eq!(format_percent(dec!(0), 0), "0\u{a0}%");
    assert_eq!(format_percent(dec!(12.5), 0), "1\u{a0}250\u{a0}%");
    assert_eq!(
        format_percent(dec!(1), MAX_PERCENT_DECIMALS + 5),
        format!("100,{}\u{a0}%", "0".repeat(10))
    );
    assert_eq!(
        format_percent(Decimal::MAX, u32::MAX)
            .chars()
            .filter(|&c| c == ',')
            .count(),
        1
    );
}

#[test]
fn display_unit_basics() {
    assert_eq!(DisplayUnit::default(), DisplayUnit::Kr);
    assert_eq!(DisplayUnit::Kr.label(), "kr");
    assert_eq!(DisplayUnit::Tkr.label(), "t\u{a0}kr");
    assert_eq!(DisplayUnit::Kr.kronor(), dec!(1));
    assert_eq!(DisplayUnit::Tkr.kronor(), dec!(1000));
}

// ---------------------------------------------------------------------------------------------
// Accepted input forms
// ---------------------------------------------------------------------------------------------

#[test]
fn accepted_forms() {
    let cases: &[(&str, Decimal)] = &[
        ("5028000", dec!(5028000)),
        ("  5 028 000 kr  ", dec!(5028000)),
        ("5\u{a0}028\u{a0}000\u{a0}kr", dec!(5028000)),
        ("5\u{202f}028\u{202f}000", dec!(5028000)),
        ("5\u{2009}028\u{2009}000", dec!(5028000)),
        ("5 028\u{a0}000", dec!(5028000)),
        ("+500", dec!(500)),
        ("+ 500 kr", dec!(500)),
        ("\u{2212}1 565 000", dec!(-1565000)),
        ("\u{2013}1 565 000", dec!(-1565000)),
        ("- 1 565 000 kr", dec!(-1565000)),
        ("1 565 000-", dec!(-1565000)),
        ("1 565 000 \u{2212}", dec!(-1565000)),
        ("1 565 000 kr -", dec!(-1565000)),
        ("1 565 000kr-", dec!(-1565000)),
        ("-", dec!(0)),
        ("\u{2013}", dec!(0)),
        ("\u{2212}", dec!(0)),
        ("  -  ", dec!(0)),
        ("0", dec!(0)),
        ("-0", dec!(0)),
        ("0,00 kr", dec!(0)),
        ("500:-", dec!(500)),
        ("500 :-", dec!(500)),
        ("500:\u{2013}", dec!(500)),
        ("500,-", dec!(500)),
        ("500:- -", dec!(-500)),
        ("1 234,5", dec!(1234.5)),
        ("1 234,50 kr", dec!(1234.5)),
        (",5", dec!(0.5)),
        ("-,05", dec!(-0.05)),
        ("3.5", dec!(3.5)),
        ("1 234.5", dec!(1234.5)),
        ("1.2345 mkr", dec!(1234500)),
        ("5 KR", dec!(5)),
        ("5 Kr.", dec!(5)),
        ("5 kronor", dec!(5)),
        ("5 SEK", dec!(5)),
        ("5 sek", dec!(5)),
        ("5 TKR", dec!(5000)),
        ("5 tkr.", dec!(5000)),
        ("5 t kr.", dec!(5000)),
        ("5 t. kr", dec!(5000)),
        ("5 TSEK", dec!(5000)),
        ("5 KSEK", dec!(5000)),
        ("5 tusen kr", dec!(5000)),
        ("5t\u{a0}kr", dec!(5000)),
        ("2 MKR", dec!(2000000)),
        ("2 mnkr", dec!(2000000)),
        ("2 mn kr", dec!(2000000)),
        ("2 MSEK", dec!(2000000)),
        ("2 msek", dec!(2000000)),
        ("2 milj", dec!(2000000)),
        ("2 milj.", dec!(2000000)),
        ("2 milj. kr", dec!(2000000)),
        ("1 miljon", dec!(1000000)),
        ("2 miljoner kr", dec!(2000000)),
        ("2 Miljoner Kronor", dec!(2000000)),
        ("1,5 mkr", dec!(1500000)),
        ("0,5 mkr", dec!(500000)),
        ("1,23456789 mkr", dec!(1234567.89)),
        ("1,23456 tkr", dec!(1234.56)),
        ("-1,5 mkr", dec!(-1500000)),
        ("1,5 mkr -", dec!(-1500000)),
        ("007", dec!(7)),
        ("1 000 000 000 000 000", dec!(1000000000000000)),
        ("-1 000 000 000 000 000", dec!(-1000000000000000)),
        ("1 000 000 000 mkr", dec!(1000000000000000)),
        ("999 999 999 999 999,99", dec!(999999999999999.99)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_amount(text), Ok(*expected), "{text:?}");
    }
}

#[test]
fn parsed_zero_has_no_sign_and_results_are_normalized() {
    for text in ["-0", "0 -", "-", "-0,00", "0,00 mkr"] {
        let value = kr(text);
        assert!(
            value.is_zero() && !value.is_sign_negative(),
            "{text:?} gave {value:?}"
        );
    }
    assert_eq!(kr("408 000,00").scale(), 0);
    assert_eq!(kr("1 234,50").scale(), 1);
    assert_eq!(kr("1,5 mkr").scale(), 0);
}

#[test]
fn parse_amount_in_reads_bare_numbers_in_the_default_unit() {
    let tkr = DisplayUnit::Tkr;
    assert_eq!(parse_amount_in("2 750", tkr), Ok(dec!(2750000)));
    assert_eq!(parse_amount_in("2 750 kr", tkr), Ok(dec!(2750)));
    assert_eq!(parse_amount_in("2 750 t kr", tkr), Ok(dec!(2750000)));
    assert_eq!(parse_amount_in("1 mkr", tkr), Ok(dec!(1000000)));
    assert_eq!(parse_amount_in("2,5", tkr), Ok(dec!(2500)));
    assert_eq!(parse_amount_in("2,12345", tkr), Ok(dec!(2123.45)));
    assert_eq!(
        parse_amount_in("2,123456", tkr),
        Err(ParseAmountError::TooManyDecimals { max_decimals: 5 })
    );
    assert_eq!(parse_amount_in("204 -", tkr), Ok(dec!(-204000)));
    assert_eq!(parse_amount_in("-", tkr), Ok(dec!(0)));
    assert_eq!(
        parse_amount_in("1 000 000 000 000", tkr),
        Ok(dec!(1000000000000000))
    );
    assert_eq!(
        parse_amount_in("1 000 000 000 001", tkr),
        Err(ParseAmountError::TooLarge)
    );
    assert_eq!(parse_amount_in("2 750", DisplayUnit::Kr), Ok(dec!(2750)));
}

// ---------------------------------------------------------------------------------------------
// Errors: each case asserts the variant
// ---------------------------------------------------------------------------------------------

#[test]
fn error_cases() {
    use ParseAmountError::*;
    let invalid = |ch, position| InvalidCharacter { ch, position };
    let misplaced = |position| MisplacedSeparator { position };
    let ambiguous = |ch, position| AmbiguousSeparator { ch, position };
    let unknown = |unit: &str| UnknownUnit {
        unit: unit.to_string(),
    };
    let cases: Vec<(&str, ParseAmountError)> = vec![
        ("", Empty),
        ("   ", Empty),
        ("\u{a0}\t\n", Empty),
        ("kr", NoDigits),
        ("+", NoDigits),
        ("- kr", NoDigits),
        ("abc", NoDigits),
        (",", NoDigits),
        ("12#", invalid('#', 3)),
        ("12x", unknown("x")),
        ("kr 500", invalid('k', 1)),
        ("SEK 500", invalid('S', 1)),
        ("1'000", invalid('\'', 2)),
        ("1_000", invalid('_', 2)),
        ("50%", invalid('%', 3)),
        ("(500)", invalid('(', 1)),
        ("5-5", invalid('-', 2)),
        ("  x5", invalid('x', 3)),
        ("5 kr!", invalid('!', 5)),
        ("\u{200b}5", invalid('\u{200b}', 1)),
        ("\u{663}", NoDigits), // Arabic-Indic three is not accepted as a digit
        ("1 5650 000", misplaced(2)),
        ("15650 000", misplaced(6)),
        ("1 234 56", misplaced(6)),
        ("1 234 5678", misplaced(6)),
        ("1  565", misplaced(2)),
        ("2 750 3 150", misplaced(6)),
        ("5,", misplaced(2)),
        ("5.", misplaced(2)),
        ("5, kr", misplaced(2)),
        ("5 ,5", misplaced(2)),
        ("5,,5", misplaced(2)),
        ("1,5 0", misplaced(4)),
        ("1.234.567", ambiguous('.', 2)),
        ("1,234,567", ambiguous(',', 2)),
        ("1 234.567,5", ambiguous('.', 6)),
        ("1.234,50", ambiguous('.', 2)),
        ("1.234", ambiguous('.', 2)),
        ("1.234 mkr", ambiguous('.', 2)),
        ("1,234", TooManyDecimals { max_decimals: 2 }),
        ("1,500 kr", TooManyDecimals { max_decimals: 2 }),
        ("0,001", TooManyDecimals { max_decimals: 2 }),
        ("1,234567 tkr", TooManyDecimals { max_decimals: 5 }),
        ("1,123456789 mkr", TooManyDecimals { max_decimals: 8 }),
        (
            "0,00000000000000000000000000000000000000000001",
            TooManyDecimals { max_decimals: 2 },
        ),
        ("5 €", unknown("€")),
        ("12 kg", unknown("kg")),
        ("5 mdkr", unknown("mdkr")),
        ("5 kr kr", unknown("kr kr")),
        (
            "5 k r x y z a b c d e f g h i j k l m n o p q r s",
            unknown("k r x y z a b c d e f g…"),
        ),
        ("1 000 000 000 000 001", TooLarge),
        ("-1 000 000 000 000 000,01", TooLarge),
        ("1 000 000 001 mkr", TooLarge),
        ("1 000 000 000 001 tkr", TooLarge),
        (
            "99999999999999999999999999999999999999999999999999",
            TooLarge,
        ),
        ("--5", DoubleSign),
        ("+-5", DoubleSign),
        ("- - 5", DoubleSign),
        ("\u{2212}-5", DoubleSign),
        ("-204 000 -", DoubleSign),
        ("\u{2212} 5 \u{2212}", DoubleSign),
        ("+5 -", DoubleSign),
        ("- -", DoubleSign),
    ];
    let wrong: Vec<String> = cases
        .into_iter()
        .filter_map(|(text, expected)| {
            let got = parse_amount(text);
            (got != Err(expected.clone()))
                .then(|| format!("{text:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn messages_are_clear_in_both_languages() {
    let error = ParseAmountError::InvalidCharacter {
        ch: 'x',
        position: 4,
    };
    assert_eq!(
        error.message_sv(),
        "Ogiltigt tecken ”x” på plats 4. Skriv ett belopp som 1\u{a0}565\u{a0}000 eller 1,5\u{a0}mkr."
    );
    assert_eq!(
        error.message_en(),
        "Invalid character “x” at position 4. Enter an amount such as 1\u{a0}565\u{a0}000 or 1,5\u{a0}mkr."
    );
    assert_eq!(error.to_string(), error.message_sv());
    let invisible = ParseAmountError::InvalidCharacter {
        ch: '\u{200b}',
        position: 1,
    };
    assert!(
        invisible.message_sv().contains("U+200B"),
        "{}",
        invisible.message_sv()
    );
    assert!(ParseAmountError::TooManyDecimals { max_decimals: 2 }
        .message_sv()
        .contains("högst 2 decimaler"));
    assert!(ParseAmountError::TooManyDecimals { max_decimals: 8 }
        .message_sv()
        .contains("högst 8 decimaler"));

    let all = [
        ParseAmountError::Empty,
        ParseAmountError::NoDigits,
        error,
        ParseAmountError::MisplacedSeparator { position: 2 },
        ParseAmountError::AmbiguousSeparator {
            ch: '.',
            position: 2,
        },
        ParseAmountError::TooManyDecimals { max_decimals: 2 },
        ParseAmountError::TooManyDecimals { max_decimals: 5 },
        ParseAmountError::UnknownUnit {
            unit: "kg".to_string(),
        },
        ParseAmountError::TooLarge,
        ParseAmountError::DoubleSign,
    ];
    let mut seen = std::collections::HashSet::new();
    for e in &all {
        let (sv, en) = (e.message_sv(), e.message_en());
        assert!(sv.ends_with('.') && en.ends_with('.'), "{sv} / {en}");
        assert_ne!(sv, en);
        assert!(seen.insert(sv.clone()), "duplicate message {sv}");
        assert_eq!(format!("{e}"), sv);
        let boxed: Box<dyn std::error::Error> = Box::new(e.clone());
        assert_eq!(boxed.to_string(), sv);
    }
}

// ---------------------------------------------------------------------------------------------
// Exhaustive: every amount 0,00–9 999,99 kr written "d,dd" parses exactly (reliability M2).
// ---------------------------------------------------------------------------------------------

#[test]
fn all_million_amounts_below_ten_thousand_parse_exactly() {
    let mut mismatches = 0u32;
    let mut text = String::with_capacity(16);
    for ore in 0..1_000_000_i64 {
        text.clear();
        use std::fmt::Write;
        let _ = write!(text, "{},{:02}", ore / 100, ore % 100);
        if parse_amount(&text) != Ok(Decimal::new(ore, 2)) {
            mismatches += 1;
        }
    }
    assert_eq!(mismatches, 0);
}

#[test]
fn all_million_formatted_amounts_below_ten_thousand_round_trip() {
    // The grouped, NBSP form ("9 999,99", "−1 234,50") for both signs, every amount.
    let mut mismatches = 0u32;
    for ore in 0..1_000_000_i64 {
        let amount = Decimal::new(if ore % 2 == 0 { ore } else { -ore }, 2);
        if parse_amount(&format_plain(amount)) != Ok(amount) {
            mismatches += 1;
        }
    }
    assert_eq!(mismatches, 0);
}

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

/// Amounts in ±10^13 kr with 0, 1 or 2 decimals.
fn amount_0_to_2_decimals() -> impl Strategy<Value = Decimal> {
    (0u32..=2).prop_flat_map(|scale| {
        let limit = 10_000_000_000_000_i64 * 10_i64.pow(scale);
        (-limit..=limit).prop_map(move |m| Decimal::new(m, scale))
    })
}

/// Any Decimal at all, every scale.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    (
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<bool>(),
        0u32..=28,
    )
        .prop_map(|(lo, mid, hi, negative, scale)| {
            Decimal::from_parts(lo, mid, hi, negative, scale)
        })
}

/// Short strings made of the characters the parser cares about.
fn amountish_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            '0', '1', '5', '9', ' ', ' ', '\u{a0}', '\u{202f}', ',', '.', '-', '\u{2212}',
            '\u{2013}', '+', ':', 'k', 'r', 't', 'm', 'n', 'K', 'R', 'S', 'E', 'M', 'i', 'l', 'j',
            'o', 'e', 'x', '€', '%',
        ]),
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_inverts_format_kr(x in amount_0_to_2_decimals()) {
        prop_assert_eq!(parse_amount(&format_kr(x)), Ok(x));
        prop_assert_eq!(parse_amount(&format_plain(x)), Ok(x));
        prop_assert_eq!(parse_amount_in(&format_kr(x), DisplayUnit::Tkr), Ok(x));
    }

    #[test]
    fn parse_of_format_tkr_gives_the_rounded_thousands(x in amount_0_to_2_decimals()) {
        let shown = round_tkr(x) * dec!(1000);
        prop_assert_eq!(parse_amount(&format_tkr(x)), Ok(shown));
        prop_assert_eq!(parse_amount_in(&DisplayUnit::Tkr.format_plain(x), DisplayUnit::Tkr), Ok(shown));
        // Exact where no rounding is needed.
        let whole = x.trunc() - x.trunc() % dec!(1000);
        prop_assert_eq!(parse_amount(&format_tkr(whole)), Ok(whole));
        prop_assert_eq!(parse_amount_in(&DisplayUnit::Tkr.format_plain(whole), DisplayUnit::Tkr), Ok(whole));
        // The rounding is half away from zero to the nearest thousand.
        let thousands = x / dec!(1000);
        prop_assert_eq!(round_tkr(x), thousands.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero));
    }

    #[test]
    fn formatting_any_decimal_never_panics_and_shows_round_ore(x in any_decimal(), decimals in 0u32..40) {
        let text = format_kr(x);
        prop_assert_eq!(&text, &format_kr(round_ore(x)));
        prop_assert!(text.ends_with("\u{a0}kr"), "ends with NBSP kr: {:?}", text);
        prop_assert!(!text.contains(' '), "only NBSP: {:?}", text);
        let _ = format_tkr(x);
        let _ = format_percent(x, decimals);
        if round_ore(x).abs() <= MAX_PARSED_AMOUNT {
            prop_assert_eq!(parse_amount(&format_plain(x)), Ok(round_ore(x)));
        } else {
            prop_assert_eq!(parse_amount(&format_plain(x)), Err(ParseAmountError::TooLarge));
        }
    }

    #[test]
    fn parse_never_panics_on_arbitrary_strings(text in any::<String>()) {
        let _ = parse_amount(&text);
        let _ = parse_amount_in(&text, DisplayUnit::Tkr);
    }

    #[test]
    fn parse_of_amountish_text_is_sane(text in amountish_text()) {
        for unit in [DisplayUnit::Kr, DisplayUnit::Tkr] {
            if let Ok(value) = parse_amount_in(&text, unit) {
                prop_assert!(value.abs() <= MAX_PARSED_AMOUNT);
                prop_assert!(value.scale() <= 2, "{:?} gave {}", text, value);
                prop_assert!(!(value.is_zero() && value.is_sign_negative()));
                // Whatever was accepted formats and reads back to itself.
                prop_assert_eq!(parse_amount(&format_kr(value)), Ok(value));
            }
        }
    }
}
