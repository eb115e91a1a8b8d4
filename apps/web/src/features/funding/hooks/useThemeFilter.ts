import { type Theme, THEMES } from '@twinning/contracts';
import { useSearchParams } from 'react-router';
import { isOneOf } from '../../../common/utils/is-one-of';

/** The theme a funding page is narrowed to, kept in the address (`?theme=`) so it can be shared. */
export function useThemeFilter(): [Theme | undefined, (theme: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('theme');
  const theme = value !== null && isOneOf(value, THEMES) ? value : undefined;
  const setTheme = (next: string | null) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next) updated.set('theme', next);
      else updated.delete('theme');
      return updated;
    });
  return [theme, setTheme];
}
