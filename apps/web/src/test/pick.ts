import { screen } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';

/** Chooses a town in a `MunicipalityPicker`: types part of its name, then picks the option. */
export async function pickMunicipality(user: UserEvent, label: string, search: string, option: string | RegExp) {
  const input = screen.getByRole('combobox', { name: label });
  await user.click(input);
  await user.type(input, search);
  await user.click(await screen.findByRole('option', { name: option }));
}
