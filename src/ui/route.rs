//! Which page is open, kept in the URL's hash (`#/budget`), so back/forward and links work on any static host
//! without server rewrites and without a router crate.

/// The app's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    /// Workspace overview: members, scenarios with headline figures.
    Overview,
    /// The open scenario: budget table, funding and equity.
    #[default]
    Budget,
    /// The catalogue of uppdrag, insatser, projekt and förstudier.
    Catalogue,
    /// Scenarios side by side.
    Compare,
    /// The board's decided budgets ("Beslut").
    Decision,
    /// Export and import of files ("Dela och spara").
    Exchange,
    /// Recommendation table, units, language.
    Settings,
    /// The open förbund's change history ("Historik").
    History,
    /// The full-screen view for the board meeting ("Mötesläge"); not in the navigation.
    Meeting,
}

impl Page {
    /// Every page, in navigation order.
    pub const ALL: [Page; 8] = [
        Page::Overview,
        Page::Budget,
        Page::Catalogue,
        Page::Compare,
        Page::Decision,
        Page::Exchange,
        Page::Settings,
        Page::History,
    ];

    /// The page a location hash names; an unknown or empty hash opens the budget.
    pub fn from_hash(hash: &str) -> Page {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        Page::ALL
            .into_iter()
            .chain([Page::Meeting])
            .find(|p| p.slug() == path)
            .unwrap_or_default()
    }

    /// The hash that opens this page, e.g. `#/jamfor`.
    pub fn hash(self) -> String {
        format!("#/{}", self.slug())
    }

    fn slug(self) -> &'static str {
        match self {
            Page::Overview => "oversikt",
            Page::Budget => "budget",
            Page::Catalogue => "katalog",
            Page::Compare => "jamfor",
            Page::Decision => "beslut",
            Page::Exchange => "dela",
            Page::Settings => "installningar",
            Page::History => "historik",
            Page::Meeting => "mote",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn every_page_round_trips_through_its_hash() {
        for page in Page::ALL.into_iter().chain([Page::Meeting]) {
            assert_eq!(Page::from_hash(&page.hash()), page);
        }
    }

    #[test]
    fn an_unknown_or_empty_hash_opens_the_budget() {
        assert_eq!(Page::from_hash(""), Page::Budget);
        assert_eq!(Page::from_hash("#/nothing-here"), Page::Budget);
        assert_eq!(Page::from_hash("#jamfor"), Page::Compare);
    }
}
