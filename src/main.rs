//! Entry point of the web app: installs the panic message and mounts the Leptos UI on the page body.

fn main() {
    finsam_planner::ui::panic_message::install();
    leptos::mount::mount_to_body(finsam_planner::ui::App);
}
