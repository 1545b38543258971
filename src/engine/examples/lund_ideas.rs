//! Lund's "Diskussioner, planer och idéer" (seed 002) as catalogue items with status *idé*: no
//! amounts, no period, only what the text says.

use super::build::{item, strings, Ids};
use crate::engine::model::{CatalogueItem, ItemKind, ItemStatus};

/// The four ideas in the document's order.
pub(super) fn lund_ideas(ids: &mut Ids) -> Vec<CatalogueItem> {
    vec![
        start(ids),
        aktivitetsersattning(ids),
        psykisk_ohalsa(ids),
        akademin(ids),
    ]
}

fn idea(ids: &mut Ids, name: &str, kind: ItemKind) -> CatalogueItem {
    let mut it = item(ids, name, kind, &[]);
    it.status = ItemStatus::Ide;
    it
}

fn start(ids: &mut Ids) -> CatalogueItem {
    let mut it = idea(ids, "START", ItemKind::Ovrigt);
    it.target_group = "De som lider av depression, ångest och liknande diagnoser".to_string();
    it.origin = "Förstudie i Finsam Burlöv-Staffanstorp, genomförd av Försäkringskassan och en \
                 vårdcentral."
        .to_string();
    it.description = "Fysisk aktivitet på recept genomförs direkt på vårdcentralen och bidrar i \
                      förlängningen till kortare sjukskrivningstider. Det finns funderingar på att \
                      återuppta tanken i Lund."
        .to_string();
    it
}

fn aktivitetsersattning(ids: &mut Ids) -> CatalogueItem {
    let mut it = idea(ids, "Unga med aktivitetsersättning", ItemKind::Ovrigt);
    it.target_group = "Unga med aktivitetsersättning".to_string();
    it.description = "En grupp som ökar i antal och uppmärksammas nationellt. Regeringen har \
                      tillfört samordningsförbunden 59 miljoner kronor extra för att hitta \
                      effektiva metoder kring tidiga insatser."
        .to_string();
    it
}

fn psykisk_ohalsa(ids: &mut Ids) -> CatalogueItem {
    let mut it = idea(ids, "Psykisk ohälsa och sjukskrivning", ItemKind::Projekt);
    it.leaders = strings(&["Åsa Sturesson Johansson"]);
    it.target_group = "Sjukskrivna med psykisk ohälsa som sjukskrivningsorsak".to_string();
    it.origin =
        "Kartläggning av Psykiatri Lund och Försäkringskassan inom tvåpartsfinsam.".to_string();
    it.description = "Psykiatri Lund och Försäkringskassan arbetar för att få till ett projekt \
                      med Finsammedel. Det skulle troligen inbegripa Psykiatri, Primärvård, \
                      Försäkringskassan och Lunds kommuns företagshälsovård."
        .to_string();
    it.notes = "Dokumentet ger inget projektnamn. Projektledaren kommer från Vuxenpsykiatri Lund."
        .to_string();
    it
}

fn akademin(ids: &mut Ids) -> CatalogueItem {
    let mut it = idea(ids, "Samverkansakademin", ItemKind::Ovrigt);
    it.external_partners = strings(&["Samordningsförbunden i Lunds omnejd"]);
    it.description = "Tänkt som en bank av utbildningar och myndighetsövergripande umgänge med \
                      en strukturerad mötesstruktur. I det första skedet planeras en workshop \
                      med brukarorganisationer den 4 mars 2016."
        .to_string();
    it
}
