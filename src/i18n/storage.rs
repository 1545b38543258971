//! Texts about local storage (status line, banners, recovery screen, conflict, "Radera all lokal data"),
//! in Swedish and English.

use super::Lang;

/// The storage texts of one language.
#[derive(Debug)]
pub struct StorageTexts {
    /// Status: the last change is saved in this browser.
    pub saved_locally: &'static str,
    /// Status: a change of a large förbund waits for its save (saves are spaced out).
    pub saving: &'static str,
    /// Status: date of the last export follows.
    pub last_exported: &'static str,
    /// Status: no export yet.
    pub never_exported: &'static str,
    /// Reminder when changes older than a week are not exported.
    pub export_reminder: &'static str,
    /// Banner: storage cannot be used at all.
    pub unavailable: &'static str,
    /// Banner: the quota is full.
    pub quota_full: &'static str,
    /// Banner: any other refused save.
    pub save_failed: &'static str,
    /// Warning: the quota was full, so the undo history was stored shorter than it is (or not at all).
    pub history_shortened: &'static str,
    /// Banner: stored data from a newer version (the version number follows).
    pub newer_version: &'static str,
    /// Banner: what to do about a newer version.
    pub newer_version_action: &'static str,
    /// Banner: another tab changed the data.
    pub conflict: &'static str,
    /// Button: load the other tab's data.
    pub reload: &'static str,
    /// Button: save this tab's version as a new workspace.
    pub keep_mine_as_copy: &'static str,
    /// Appended to the copy's name.
    pub copy_suffix: &'static str,
    /// Heading of the recovery screen.
    pub unreadable_heading: &'static str,
    /// Explanation on the recovery screen.
    pub unreadable_intro: &'static str,
    /// Reason: not JSON.
    pub reason_not_json: &'static str,
    /// Reason: not this app's data.
    pub reason_not_ours: &'static str,
    /// Reason: from a newer version.
    pub reason_newer: &'static str,
    /// Reason: an invalid value (the parser's words follow).
    pub reason_invalid: &'static str,
    /// Reason: the value is missing.
    pub reason_missing: &'static str,
    /// Button: download the unreadable text.
    pub download_unreadable: &'static str,
    /// Button: set the unreadable values aside and start from the examples.
    pub start_over: &'static str,
    /// What "Börja om" does.
    pub start_over_note: &'static str,
    /// Pointer to import.
    pub import_pointer: &'static str,
    /// "Börja om" could not keep a copy.
    pub start_over_failed: &'static str,
    /// A download could not be made.
    pub download_failed: &'static str,
    /// Settings: heading.
    pub settings_heading: &'static str,
    /// Settings: storage is persistent.
    pub persisted_yes: &'static str,
    /// Settings: storage may be evicted.
    pub persisted_no: &'static str,
    /// Settings: persistence not asked for yet.
    pub persisted_unknown: &'static str,
    /// Settings: browser storage is not a backup.
    pub not_a_backup: &'static str,
    /// Settings: the delete button.
    pub delete_all: &'static str,
    /// Settings: the confirmation question.
    pub delete_question: &'static str,
    /// Settings: confirm deletion.
    pub delete_confirm: &'static str,
    /// Settings: cancel.
    pub cancel: &'static str,
    /// Settings: done.
    pub deleted: &'static str,
    /// Settings: deletion failed.
    pub delete_failed: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static StorageTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: StorageTexts = StorageTexts {
    saved_locally: "Sparat lokalt",
    saving: "Sparar …",
    last_exported: "senast exporterad",
    never_exported: "aldrig exporterad",
    export_reminder: "Du har ändringar som inte har exporterats på över en vecka. Exportera en kopia: webbläsarens lagring är ingen säkerhetskopia.",
    unavailable: "Webbläsaren tillåter inte lagring här (till exempel i privat läge). Ändringarna sparas inte, de finns bara i den här fliken. Exportera för att behålla dem.",
    quota_full: "Webbläsarens lagring är full. Ändringarna som inte kunde sparas finns kvar på skärmen och sparas vid nästa ändring eller med knappen nedan. Exportera nu, eller frigör utrymme.",
    save_failed: "Webbläsaren vägrade spara. Ändringarna som inte kunde sparas finns kvar på skärmen och sparas vid nästa ändring eller med knappen nedan. Exportera nu.",
    history_shortened: "Webbläsarens lagring är nästan full: förbundet är sparat, men ångra-historiken sparades kortare (de senaste stegen) för att få plats. Efter en omladdning går det inte att ångra lika långt tillbaka. Frigör utrymme, till exempel under Inställningar → Undanlagda värden.",
    newer_version: "Sparad data är gjord med en nyare version av appen (schemaversion",
    newer_version_action: "). Den här fliken är skrivskyddad och sparar ingenting. Ladda om sidan för att få den nya versionen.",
    conflict: "Ändrat i en annan flik. Dina ändringar här är inte sparade. Ladda om för att se den andra flikens version, spara din version som en kopia eller välj version per scenario.",
    reload: "Ladda om",
    keep_mine_as_copy: "Spara min version som kopia",
    copy_suffix: " (min version)",
    unreadable_heading: "Sparad data gick inte att läsa",
    unreadable_intro: "Data som finns sparad i den här webbläsaren gick inte att läsa. Den är orörd och skrivs inte över. Exemplen visas under tiden, och ändringar sparas inte förrän du har valt vad som ska hända.",
    reason_not_json: "inte giltig JSON",
    reason_not_ours: "inte data från Finsam-planeraren",
    reason_newer: "gjord med en nyare version av appen",
    reason_invalid: "ogiltigt värde",
    reason_missing: "saknas",
    download_unreadable: "Ladda ner oläsbara data",
    start_over: "Börja om",
    start_over_note: "Börja om sparar först en kopia av de oläsbara data i webbläsaren och börjar sedan om med exemplen.",
    import_pointer: "Har du en exporterad fil? Börja om och importera den sedan.",
    start_over_failed: "Det gick inte att spara en kopia av de oläsbara data, så ingenting har ändrats. Ladda ner dem först.",
    download_failed: "Det gick inte att ladda ner filen.",
    settings_heading: "Lagring i den här webbläsaren",
    persisted_yes: "Webbläsaren har lovat att behålla datan (beständig lagring).",
    persisted_no: "Webbläsaren kan radera datan när utrymmet behövs. Exportera regelbundet.",
    persisted_unknown: "Beständig lagring begärs efter första sparningen.",
    not_a_backup: "Webbläsarens lagring är ingen säkerhetskopia: den kan raderas när historiken rensas. Exportera regelbundet.",
    delete_all: "Radera all lokal data",
    delete_question: "Vill du radera all data som appen har sparat i den här webbläsaren? Det går inte att ångra. Exportera först om du vill behålla något.",
    delete_confirm: "Ja, radera allt",
    cancel: "Avbryt",
    deleted: "All lokal data är raderad. Exemplen visas.",
    delete_failed: "Det gick inte att radera all lokal data.",
};

const EN: StorageTexts = StorageTexts {
    saved_locally: "Saved locally",
    saving: "Saving …",
    last_exported: "last exported",
    never_exported: "never exported",
    export_reminder: "You have changes that have not been exported for over a week. Export a copy: browser storage is not a backup.",
    unavailable: "This browser does not allow storage here (private mode, for example). Changes are not saved; they live only in this tab. Export to keep them.",
    quota_full: "The browser's storage is full. The changes that could not be saved stay on screen and are saved with the next change or the button below. Export now, or free some space.",
    save_failed: "The browser refused to save. The changes that could not be saved stay on screen and are saved with the next change or the button below. Export now.",
    history_shortened: "The browser's storage is almost full: the workspace is saved, but its undo history was stored shorter (the latest steps) to fit. After a reload you cannot undo as far back. Free some space, for example under Settings → Set-aside values.",
    newer_version: "The stored data was made by a newer version of the app (schema version",
    newer_version_action: "). This tab is read-only and saves nothing. Reload the page to get the new version.",
    conflict: "Changed in another tab. Your changes here are not saved. Reload to see the other tab's version, save your version as a copy or choose a version per scenario.",
    reload: "Reload",
    keep_mine_as_copy: "Save my version as a copy",
    copy_suffix: " (my version)",
    unreadable_heading: "Stored data could not be read",
    unreadable_intro: "Data stored in this browser could not be read. It is untouched and will not be overwritten. The examples are shown meanwhile, and changes are not saved until you choose what to do.",
    reason_not_json: "not valid JSON",
    reason_not_ours: "not finsam-planner data",
    reason_newer: "made by a newer version of the app",
    reason_invalid: "invalid value",
    reason_missing: "missing",
    download_unreadable: "Download unreadable data",
    start_over: "Start over",
    start_over_note: "Start over first keeps a copy of the unreadable data in the browser, then starts again from the examples.",
    import_pointer: "Have an exported file? Start over, then import it.",
    start_over_failed: "A copy of the unreadable data could not be kept, so nothing has changed. Download it first.",
    download_failed: "The file could not be downloaded.",
    settings_heading: "Storage in this browser",
    persisted_yes: "The browser has promised to keep the data (persistent storage).",
    persisted_no: "The browser may delete the data when it needs space. Export regularly.",
    persisted_unknown: "Persistent storage is requested after the first save.",
    not_a_backup: "Browser storage is not a backup: it can be deleted when history is cleared. Export regularly.",
    delete_all: "Delete all local data",
    delete_question: "Delete all data the app has stored in this browser? This cannot be undone. Export first if you want to keep anything.",
    delete_confirm: "Yes, delete everything",
    cancel: "Cancel",
    deleted: "All local data is deleted. The examples are shown.",
    delete_failed: "Not all local data could be deleted.",
};
