//! Swedish texts of the funding and equity panels.

use super::{capitalized, FundingTexts};

pub(super) const SV: FundingTexts = FundingTexts {
    heading: "Finansiering och medlemsbidrag",
    intro: "Försäkringskassan betalar hälften, regionen och kommunerna en fjärdedel var (5 § Finsamlagen). Den som bidrar minst sätter taket för alla.",
    year: "År",
    option_legend: "Finansieringsalternativ",
    option_approved: "Godkända ramar",
    option_approved_hint: "Fjärdedelen blir den minsta av halva statliga tilldelningen och parternas beslutade ramar.",
    option_maximum: "Max statlig tilldelning",
    option_maximum_hint: "Hela den möjliga statliga tilldelningen tas emot; regionen och kommunerna måste matcha den.",
    option_manual: "Manuella belopp",
    option_manual_hint: "Skriv varje parts belopp; appen kontrollerar fördelningen ½/¼/¼.",
    inputs_caption: "Ramar och belopp",
    col_party: "Part",
    col_frame: "Möjlig tilldelning / beslutad ram",
    col_pays: "Betalar",
    col_raise: "Ramen behöver höjas med",
    col_manual: "Belopp",
    state_offer_label: "Möjlig statlig tilldelning",
    region_frame_label: "Högsta belopp för",
    municipal_frame_label: "Beslutad ram för",
    total_allocation_label: "Eller som total tilldelning (statens del × 2)",
    municipal_total_label: "Eller kommunernas ramar tillsammans",
    municipal_total_note: "Fördelas på kommunerna efter nyckeln (största rest), så att delarna blir summan.",
    manual_label: "Manuellt belopp för",
    no_frame: "Ingen beslutad ram – begränsar inte",
    add_frame: "Ange ram för",
    remove_frame: "Ta bort ram för",
    af_short: "betalas av Försäkringskassan",
    af_note: "Arbetsförmedlingen betalar inget eget bidrag: Försäkringskassan betalar statens hälft, inklusive Arbetsförmedlingens del.",
    total_contributions: "Medlemsbidrag totalt",
    state_offer: "Möjlig statlig tilldelning (S)",
    quarter: "Fjärdedel (q)",
    unused: "Statliga medel som inte används (S − 2q)",
    binding: "Begränsande part",
    state_side: "den statliga tilldelningen",
    regions_side: "regionerna",
    municipalities_side: "kommunerna",
    binding_sentence: binding_sv,
    and: "och",
    manual_no_binding: "Manuella belopp: ingen part begränsar; i stället kontrolleras fördelningen ½/¼/¼.",
    warnings_heading: "Att kontrollera",
    not_computable: "Finansieringen kan inte räknas ut:",
    refused: "Ändringen gjordes inte:",
    who_pays_heading: "Vem betalar vad",
    who_pays_caption: "Vem betalar vad",
    col_amount: "Belopp",
    col_share: "Andel av totalen",
    col_vs_year: "Förändring mot",
    col_vs_baseline: "Förändring mot baslinjen",
    total: "Totalt",
    nothing_to_compare: "inget att jämföra med",
    baseline_label: "Baslinje att jämföra med",
    baseline_none: "Ingen baslinje",
    baseline_note: "Välj en baslinje för att se vad varje part betalar mer eller mindre än i den. Baslinjen jämförs inte med sig själv.",
    pair_button: "Skapa paret Max statlig tilldelning / Godkänd ram",
    pair_hint: "Lägger till två kopior av scenariot direkt efter det, en med varje alternativ, så att styrelsen kan jämföra dem.",
    pair_created: pair_created_sv,
    equity_heading: "Eget kapital mot rekommendationen",
    equity_intro: "Nationella rådets rekommendation: sparade medel bör vara högst en viss andel av årets medlemsbidrag.",
    badge_over: "Över rekommendationen",
    badge_within: "Inom rekommendationen",
    badge_negative: "Negativt eget kapital",
    equity_over: over_sv,
    equity_within: within_sv,
    equity_negative: negative_sv,
    equity_no_recommendation: no_recommendation_sv,
    equity_unconfirmed: unconfirmed_sv,
    equity_outside_table: outside_sv,
};

fn binding_sv(subjects: &str, tie: bool, hypothetical: bool) -> String {
    match (hypothetical, tie) {
        (true, true) => format!("Med godkända ramar skulle {subjects} begränsa lika mycket."),
        (true, false) => format!("Med godkända ramar skulle {subjects} begränsa."),
        (false, true) => format!("{} begränsar lika mycket.", capitalized(subjects)),
        (false, false) => format!("{} begränsar.", capitalized(subjects)),
    }
}

fn pair_created_sv(first: &str, second: &str) -> String {
    format!("Skapade scenarierna ”{first}” och ”{second}”. Välj dem under Scenario.")
}

fn over_sv(year: &str, closing: &str, max: &str, over: &str) -> String {
    format!("Utgående eget kapital {year} ({closing}) överstiger rekommenderad nivå ({max}) med {over} – risk för minskad statlig tilldelning kommande år.")
}

fn within_sv(year: &str, closing: &str, percent: &str, max: &str) -> String {
    format!("Utgående eget kapital {year} ({closing}) ligger inom rekommendationen (högst {percent} av medlemsbidragen, {max}).")
}

fn negative_sv(year: &str, closing: &str) -> String {
    format!("Eget kapital blir negativt {year} ({closing}): kostnaderna är större än intäkterna och de sparade medlen. Minska kostnaderna eller öka intäkterna.")
}

fn no_recommendation_sv(year: &str, closing: &str) -> String {
    format!("Utgående eget kapital {year} är {closing}. Ingen rekommendation är angiven: tabellen under Inställningar är tom.")
}

fn unconfirmed_sv(percent: &str, up_to: &str) -> String {
    format!("Raden som används (högst {percent} vid medlemsbidrag upp till {up_to}) är markerad att bekräfta – ingen källa anger den ännu.")
}

fn outside_sv(contributions: &str, up_to: &str) -> String {
    format!("Medlemsbidragen ({contributions}) är större än tabellens högsta rad (upp till {up_to}); den radens andel används, men ingen källa anger regeln här.")
}
