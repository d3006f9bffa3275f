// Keyboard and assistive-technology checks over the four wizards (no axe-like library is in the project):
// every control in each step has an accessible name, the step navigation is named, and each step's heading is
// what focus moves to. Tested on real steps of each wizard over the real engine.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDatasetWizard } from './dataset-helpers';
import { crmCsv, file, openImportWizard, pressNext, toFilesWith } from './import-helpers';
import { fillClassStep, openSchemaWizard } from './schema-helpers';
import { batchRadio, openVerify, world } from './verify-world';

const CONTROL_ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'spinbutton',
  'slider',
  'tab',
  'treeitem',
  'option',
] as const;

/** Every interactive element in the page's main region has a non-empty accessible name. */
function expectEveryControlNamed(): number {
  const main = within(screen.getByRole('main'));
  let count = 0;
  for (const role of CONTROL_ROLES) {
    for (const element of main.queryAllByRole(role)) {
      count++;
      expect(
        element,
        `a ${role} without an accessible name: ${element.outerHTML.slice(0, 200)}`,
      ).toHaveAccessibleName();
    }
  }
  // Native controls that some role might miss (hidden file inputs count: the label names them for pickers).
  for (const element of screen.getByRole('main').querySelectorAll<HTMLElement>('input, select, textarea')) {
    if (element.getAttribute('type') === 'hidden' || element.getAttribute('aria-hidden') === 'true') continue;
    expect(
      element,
      `an input without an accessible name: ${element.outerHTML.slice(0, 200)}`,
    ).toHaveAccessibleName();
  }
  return count;
}

describe('wizards: accessible names on every control', () => {
  it('enable a schema: the class step and the field-group step', async () => {
    const app = await openSchemaWizard();
    expect(screen.getByRole('navigation', { name: /steps/i })).toBeInTheDocument();
    expect(expectEveryControlNamed()).toBeGreaterThan(3);
    await fillClassStep(app);
    expect(expectEveryControlNamed()).toBeGreaterThan(3);
  });

  it('configure a dataset: the first step', async () => {
    await openDatasetWizard();
    expect(expectEveryControlNamed()).toBeGreaterThan(3);
  });

  it('import files: the dataset, files and mapping steps', async () => {
    const { app } = await openImportWizard();
    const steps = within(screen.getByRole('navigation', { name: 'Import steps' }));
    expect(steps.getByRole('button', { name: 'Step 1 of 6: Dataset' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(steps.getByRole('button', { name: 'Step 2 of 6: Files' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // The wizard kit's frame: the step is a region named by its heading.
    expect(screen.getByRole('region', { name: 'Choose a dataset' })).toBeInTheDocument();
    expect(expectEveryControlNamed()).toBeGreaterThan(2);
    await toFilesWith(app, [file('crm-people.csv', crmCsv(5, 1))]);
    expect(screen.getByRole('region', { name: 'Choose the files' })).toBeInTheDocument();
    expect(steps.getByRole('button', { name: 'Step 1 of 6: Dataset (done)' })).not.toHaveAttribute(
      'aria-disabled',
    );
    expect(expectEveryControlNamed()).toBeGreaterThan(2);
    await pressNext(app, 'Preview rows');
    await screen.findAllByRole('combobox', { name: /^Schema field for column / });
    expect(expectEveryControlNamed()).toBeGreaterThan(5);
  });

  it('verify an upload: the batch step with a batch chosen', async () => {
    const { w } = await openVerify(world, (built) => `?batch=${built.crmBatch.id}`);
    expect(await batchRadio(w.crmBatch.id)).toBeChecked();
    await screen.findByRole('region', { name: 'Profiles this batch touched' });
    expect(screen.getByRole('region', { name: 'Which upload do you want to verify?' })).toBeInTheDocument();
    const steps = within(screen.getByRole('navigation', { name: /steps/i }));
    expect(steps.getByRole('button', { name: 'Step 1 of 3: Upload' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    // Look-up is open from the batch step; the result only once there is one.
    expect(steps.getByRole('button', { name: /^Step 2 of 3/ })).not.toHaveAttribute('aria-disabled');
    expect(steps.getByRole('button', { name: /^Step 3 of 3/ })).toHaveAttribute('aria-disabled', 'true');
    expect(expectEveryControlNamed()).toBeGreaterThan(3);
  });
});
