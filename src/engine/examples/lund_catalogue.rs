//! Lund's projects 2015–2017 as catalogue items (seed 002: the budget table and the project texts).

use super::build::{item, month, strings, tkr, Ids};
use crate::engine::ids::PartyId;
use crate::engine::model::{CatalogueItem, ItemKind, ItemStatus};

/// The member parties a catalogue item can refer to.
pub(super) struct LundParties {
    pub af: PartyId,
    pub region: PartyId,
    pub lund: PartyId,
}

/// The ten project rows of the budget table, in the table's order (amounts in t kr → kr).
pub(super) fn lund_catalogue(ids: &mut Ids, p: &LundParties) -> Vec<CatalogueItem> {
    vec![
        samverkansresurs(ids),
        inkluderande(ids, p),
        comung(ids, p),
        kristallen(ids, p),
        utrikesfodda(ids, p),
        kaosam(ids, p),
        motesfokus(ids, p),
        brunnshog(ids, p),
        mariamottagning(ids, p),
        krami(ids, p),
    ]
}

fn samverkansresurs(ids: &mut Ids) -> CatalogueItem {
    let mut it = item(
        ids,
        "Samverkansresurs AF",
        ItemKind::Insats,
        &[(2015, tkr(200))],
    );
    it.description = "Budgetrad utan beskrivning i dokumentets text.".to_string();
    it
}

fn inkluderande(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let mut it = item(
        ids,
        "Inkluderande arbetsmarknad",
        ItemKind::Projekt,
        &[(2015, tkr(750)), (2016, tkr(750))],
    );
    it.owner = Some(p.af);
    it.leaders = strings(&["Agneta Nilsson"]);
    it.target_group = "Personer med funktionsnedsättning; arbetsgivare i Lund".to_string();
    it.period.end = month(2016, 12);
    it.status = ItemStatus::Pagaende;
    it.description =
        "Har beviljats ytterligare ett års fortsättning; medel till och med 2016.".to_string();
    it
}

fn comung(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let mut it = item(
        ids,
        "ComungIII",
        ItemKind::Projekt,
        &[(2015, tkr(500)), (2016, tkr(520))],
    );
    it.owner = Some(p.lund);
    it.leaders = strings(&["Eva Ewetz"]);
    it.target_group = "Ungdomar som varken arbetar eller studerar".to_string();
    it.period.end = month(2016, 12);
    it.status = ItemStatus::Pagaende;
    it.description = "Comung3. ESF-medel 2014, Finsammedel 2015; ansöker om medel för ytterligare ett år (2016)."
        .to_string();
    it
}

fn kristallen(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let amounts = [(2015, tkr(600)), (2016, tkr(600)), (2017, tkr(600))];
    let mut it = item(
        ids,
        "Konferensservice Kristallen",
        ItemKind::Projekt,
        &amounts,
    );
    it.owner = Some(p.lund);
    it.owner_unit = "Serviceförvaltningen".to_string();
    it.leaders = strings(&["Monique Drakar"]);
    it.target_group =
        "Människor med psykisk funktionsnedsättning som står långt från arbetsmarknaden"
            .to_string();
    it.external_partners = strings(&["Fontänhuset i Lund"]);
    it.period.start = month(2014, 7);
    it.period.end = month(2017, 12);
    it.status = ItemStatus::Pagaende;
    it.notes =
        "Projektledaren ansvarar för 8 deltagare som kommer via Fontänhuset i Lund.".to_string();
    it
}

fn utrikesfodda(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let amounts = [(2015, tkr(650)), (2016, tkr(600)), (2017, tkr(600))];
    let mut it = item(ids, "Utrikesfödda", ItemKind::Projekt, &amounts);
    it.owner = Some(p.af);
    it.leaders = strings(&["Shida Bidari"]);
    it.target_group =
        "Utrikesfödda långtidsarbetslösa med behov av samordnade insatser".to_string();
    it.status = ItemStatus::Pagaende;
    it.description = "Metodutvecklingsprojekt för en samverkansmodell som ska minska de \
                      utrikesföddas andel av de långtidsarbetslösa i Lunds kommun."
        .to_string();
    it.notes = "Texten: medel till och med 2016; tabellen har ändå 600 t kr för 2017. \
                Periodens slut är därför inte ifyllt."
        .to_string();
    it
}

fn kaosam(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let amounts = [(2015, tkr(700)), (2016, tkr(1000)), (2017, tkr(750))];
    let mut it = item(ids, "Kaosam", ItemKind::Projekt, &amounts);
    it.owner = Some(p.lund);
    it.leaders = strings(&["Elisabeth Ravn"]);
    it.target_group = "0-placerade med oklar hälsosituation".to_string();
    it.period.end = month(2017, 12);
    it.status = ItemStatus::Pagaende;
    it.origin = "Bygger på förstudien KAOS, som i sin tur bygger på projektet KRAFT.".to_string();
    it.description = "Ska i samverkan med SIP-systemet hitta vägar för dem som inte kommer \
                      vidare från socialförvaltningens försörjningsstöd."
        .to_string();
    it
}

fn motesfokus(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let mut it = item(
        ids,
        "Mötesfokus",
        ItemKind::Projekt,
        &[(2015, tkr(600)), (2016, tkr(600))],
    );
    it.owner = Some(p.af);
    it.leaders = strings(&["Maria Fogelquist"]);
    it.target_group = "Ungdomar med funktionsnedsättning".to_string();
    it.period.end = month(2016, 9);
    it.status = ItemStatus::Pagaende;
    it.origin = "Bygger på förstudien Växthuset.".to_string();
    it.description = "Utvecklar flerpartssamtalen för möten som inte omfattas av befintliga \
                      samverkansmetoder; medel till september 2016."
        .to_string();
    it
}

fn brunnshog(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let amounts = [(2015, tkr(400)), (2016, tkr(120))];
    let mut it = item(
        ids,
        "Socialt företagande Brunnshög",
        ItemKind::Forstudie,
        &amounts,
    );
    it.leaders = strings(&["Petra Flaum"]);
    it.participants = vec![p.lund];
    it.status = ItemStatus::Pagaende;
    it.description = "Förstudie om socialt företagande på Brunnshög; projektledaren är anställd av Lunds kommun."
        .to_string();
    it
}

fn mariamottagning(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let mut it = item(
        ids,
        "Mariamottagning",
        ItemKind::Forstudie,
        &[(2015, tkr(640)), (2016, tkr(110))],
    );
    it.leaders = strings(&["Stina Pettersson", "Sara Martins Persson"]);
    it.participants = vec![p.lund, p.region];
    it.target_group = "Unga vuxna med missbruk eller riskbruk samt deras nätverk".to_string();
    it.status = ItemStatus::Pagaende;
    it.description = "Steg 1 (förstudie); ett eventuellt steg 2 är inte budgeterat.".to_string();
    it.notes = "Sannolikt kommer en ansökan om steg 2 till styrelsemötet i mars 2016.".to_string();
    it
}

fn krami(ids: &mut Ids, p: &LundParties) -> CatalogueItem {
    let mut it = item(
        ids,
        "Krami",
        ItemKind::Forstudie,
        &[(2015, tkr(120)), (2016, tkr(60))],
    );
    it.leaders = strings(&["Margita Malmros"]);
    it.participants = vec![p.af, p.lund];
    it.external_partners = strings(&["Kriminalvården"]);
    it.period.end = month(2016, 2);
    it.status = ItemStatus::Pagaende;
    it
}
