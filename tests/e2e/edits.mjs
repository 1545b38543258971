// Edits as the storage tests make them: the amount fields of the open page, a figure typed and committed with
// Enter, the figure as the field shows it, and the wait for "Sparat lokalt".

/** The amount fields of the page's main content, in order. */
export const amountFields = (page) => page.locator('main input[aria-label^="Belopp för"]');

/** A whole number as an amount field shows it: U+00A0 between digit groups. */
export const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** Types `value` into the amount field at `index` and commits it with Enter; returns the field. */
export async function editAmount(page, index, value) {
  const field = amountFields(page).nth(index);
  await field.fill(String(value));
  await field.press('Enter');
  return field;
}

/** Waits until the status line says the data is saved locally. */
export const savedLocally = (page) => page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
