//! The Swedish message of each [`CommandError`].

use super::error::CommandError;
use super::{MAX_YEAR, MIN_YEAR};
use crate::engine::model::PartyKind;

/// "en region", "en kommun" …: a member of this kind, as the object of a sentence.
fn member_sv(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen",
        PartyKind::Region => "en region",
        PartyKind::Municipality => "en kommun",
    }
}

impl CommandError {
    /// The message shown to the user, in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            CommandError::UnknownScenario(id) => format!("Scenariot (id {}) finns inte.", id.0),
            CommandError::UnknownLine(id) => format!("Raden (id {}) finns inte i scenariot.", id.0),
            CommandError::UnknownGroup(id) => {
                format!("Kostnadsgruppen (id {}) finns inte i scenariot.", id.0)
            }
            CommandError::UnknownCatalogueItem(id) => {
                format!("Katalogposten (id {}) finns inte.", id.0)
            }
            CommandError::UnknownParty(id) => {
                format!("Parten (id {}) är inte medlem i förbundet.", id.0)
            }
            CommandError::YearNotInScenario(year) => format!("Året {year} ingår inte i scenariot."),
            CommandError::NotACostLine(_) => {
                "Raden är en intäktsrad, inte en kostnadsrad.".to_string()
            }
            CommandError::NotAnIncomeLine(_) => {
                "Raden är en kostnadsrad, inte en intäktsrad.".to_string()
            }
            CommandError::NotACatalogueLine(_) => {
                "Raden hämtar inte sitt belopp från katalogen.".to_string()
            }
            CommandError::EmptyName => "Namnet får inte vara tomt.".to_string(),
            CommandError::NameTooLong { max } => format!("Namnet får vara högst {max} tecken."),
            CommandError::NoteTooLong { max } => {
                format!("Texten får vara högst {max} tecken.")
            }
            CommandError::ControlCharacter => {
                "Texten innehåller ett otillåtet styrtecken (till exempel en tabb).".to_string()
            }
            CommandError::AmountTooLarge => {
                "Beloppet är för stort (högst 1 000 000 000 000 kr).".to_string()
            }
            CommandError::TooManyDecimals => {
                "Beloppet får ha högst två decimaler (öre).".to_string()
            }
            CommandError::NegativeAmount => {
                "Statlig tilldelning, ramar och medlemsbidrag får inte vara negativa.".to_string()
            }
            CommandError::WrongPartyKind { expected, .. } => format!(
                "Parten är av fel slag för det här fältet (här krävs {}).",
                member_sv(*expected)
            ),
            CommandError::IdsExhausted => {
                "Arbetsytan har inga fler lediga id-nummer. Exportera och importera den på nytt."
                    .to_string()
            }
            CommandError::InvalidYearCount { max } => {
                format!("Ett scenario ska ha mellan 1 och {max} år.")
            }
            CommandError::TooManyYears { max } => {
                format!("Scenariot har redan {max} år, vilket är det högsta antalet.")
            }
            CommandError::OnlyOneYear => {
                "Scenariot har bara ett år, och det kan inte tas bort.".to_string()
            }
            CommandError::YearOutOfRange(year) => {
                format!("Året {year} ligger utanför {MIN_YEAR}–{MAX_YEAR}.")
            }
            CommandError::YearsNotConsecutive => {
                "Scenariots år måste vara på varandra följande kalenderår i ordning.".to_string()
            }
            CommandError::NoFrameFunding => "Inget år i scenariot finansieras med ramar och \
                statlig tilldelning (bara manuella belopp), så det finns inget par att skapa."
                .to_string(),
            CommandError::IdInUse(id) => format!(
                "Id-numret {id} används redan i arbetsytan, så scenariot kan inte återställas."
            ),
            CommandError::AlreadyFirst => "Den står redan först och kan inte flyttas upp.".into(),
            CommandError::AlreadyLast => "Den står redan sist och kan inte flyttas ned.".into(),
            CommandError::LastPartyOfKind(kind) => format!(
                "Förbundet måste ha {} som medlem, så den sista kan inte tas bort.",
                member_sv(*kind)
            ),
            CommandError::OnlyOnePartyOfKind(kind) => {
                format!("Förbundet kan bara ha en {}.", member_sv(*kind))
            }
            CommandError::PartyHasFunding {
                scenario_name,
                year,
                ..
            } => format!(
                "Parten har en ram eller ett belopp i finansieringen av scenariot \
                 \"{scenario_name}\" år {year}. Ta bort eller nollställ det först."
            ),
            CommandError::SplitKeyWithoutWeights => {
                "Fördelningsnyckeln måste ge minst en part en vikt större än 0.".to_string()
            }
            CommandError::SplitKeyTooLarge => {
                "Talen i fördelningsnyckeln är för stora för att räknas med.".to_string()
            }
            CommandError::EquityShareOutOfRange => {
                "Andelen eget kapital ska vara större än 0 % och högst 100 %.".to_string()
            }
            CommandError::EquityBoundNotPositive => {
                "Tilldelningsgränsen ska vara större än 0 kr.".to_string()
            }
            CommandError::DuplicateEquityBound(bound) => format!(
                "Två rader i tabellen har samma gräns ({} kr).",
                bound.amount().normalize()
            ),
            CommandError::InvalidOrgNumber => {
                "Organisationsnumret ska ha tio siffror, till exempel 222000-2733.".to_string()
            }
            CommandError::InvalidCatalogueItem(problems) => {
                let messages: Vec<String> = problems.iter().map(|p| p.message_sv()).collect();
                messages.join(" ")
            }
            CommandError::CatalogueItemInUse { scenarios, .. } => format!(
                "Posten ingår i {}: {}. Ta bort den från scenarierna först.",
                if scenarios.len() == 1 {
                    "scenariot"
                } else {
                    "scenarierna"
                },
                quoted_list(scenarios)
            ),
            CommandError::EmptyReference => {
                "Ange beslutets referens, till exempel \"Styrelsen 2026-11-20 § 23\".".to_string()
            }
            CommandError::DecisionExists => {
                "Samma beslut (namn, datum, referens och belopp) finns redan.".to_string()
            }
            CommandError::UnknownDecision => "Beslutet finns inte.".to_string(),
            CommandError::ManualYear(year) => format!(
                "År {year} finansieras med manuella belopp, så det finns ingen statlig tilldelning att ändra."
            ),
            CommandError::ProposalUnchanged => {
                "Förslaget är samma belopp som i scenariot – ändra beloppet först.".to_string()
            }
            CommandError::NoStatedFigure => {
                "Det finns ingen sådan siffra enligt dokumentet att ta bort.".to_string()
            }
        }
    }
}

/// "\"A\", \"B\"": names in quotes, separated by commas.
pub(super) fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(", ")
}
