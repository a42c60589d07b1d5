// Answering a SurveyJS form the way a person does: clicking choices, typing, opening drop-downs,
// going from page to page. Questions are found by their id (SurveyJS marks each with data-name).

import type { Locator, Page } from 'playwright-core';

export interface Partner {
  name: string;
  /** Picked from the registry's list, else typed as "not in the list". */
  fromRegistry: boolean;
}

const question = (scope: Page | Locator, id: string) =>
  scope.locator(`[data-name="${id}"]`).first();

/** Clicks the choice with this label in a radio or checkbox question. */
async function choose(page: Page, id: string, label: string) {
  await question(page, id).getByText(label, { exact: true }).first().click();
}

/** Picks `label` in a SurveyJS drop-down (also what a rating becomes on a narrow screen). */
async function pick(page: Page, scope: Locator, label: string, search?: string) {
  await scope.locator('.sd-dropdown').first().click();
  if (search) await page.keyboard.type(search);
  await page
    .locator('.sv-popup:visible [role=option]:visible')
    .filter({ hasText: label })
    .first()
    .click();
}

/** A rating: buttons on a wide screen, a drop-down on a phone. */
async function rate(page: Page, id: string, value: number) {
  const scope = question(page, id);
  if ((await scope.locator('.sd-dropdown').count()) > 0) {
    await pick(page, scope, String(value));
  } else {
    await scope.getByText(String(value), { exact: true }).first().click();
  }
}

async function next(page: Page) {
  await page.locator('.sd-navigation__next-btn:visible').first().click();
}

/**
 * Fills the firm interview template: the required answers, a closing comment and the given
 * suppliers, then submits.
 */
export async function answerFirmInterview(
  page: Page,
  answers: { firmName: string; comment: string; partners: Partner[] },
) {
  await question(page, 'firm_name').locator('input').fill(answers.firmName);
  await next(page);
  await choose(page, 'value_chain_stage', 'Casting');
  await question(page, 'employees').locator('input').fill('42');
  await question(page, 'district').locator('input').fill('Torbalı');
  await next(page);
  await choose(page, 'exports', 'No');
  await next(page);
  await next(page); // innovation: nothing required
  await rate(page, 'trust', 4);
  await next(page);
  const rows = question(page, 'barriers').locator('tr.sd-table__row');
  for (let i = 0; i < (await rows.count()); i++) {
    await rows
      .nth(i)
      .locator('.sd-item')
      .nth(i % 3)
      .click();
  }
  await next(page);
  await choose(page, 'needs', 'Shared testing and analysis laboratory');
  await rate(page, 'cluster_interest', 5);
  await next(page);
  const suppliers = question(page, 'suppliers');
  for (const [i, partner] of answers.partners.entries()) {
    await suppliers.locator('.sd-paneldynamic__add-btn').first().click();
    const panel = suppliers.locator('.sd-paneldynamic__panel-wrapper').nth(i);
    if (partner.fromRegistry) {
      await pick(page, question(panel, 'organisationId'), partner.name, partner.name.slice(0, 10));
    } else {
      await pick(page, question(panel, 'organisationId'), 'Not in the list');
      await question(panel, 'organisationName').locator('input').fill(partner.name);
    }
    await pick(page, question(panel, 'location'), 'In the same city');
  }
  await next(page);
  await question(page, 'closing_comments').locator('textarea').fill(answers.comment);
  await page.locator('.sd-navigation__complete-btn:visible').first().click();
}
