// The Mantine theme of the shell: system fonts (the app works offline), calm blue, visible focus.
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace:
    'ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  // Desktop density: 14px body text, as in other data tools, instead of the web's 16px.
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  headings: { fontWeight: '650' },
  components: {
    Modal: {
      defaultProps: { centered: true, radius: 'md', overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Menu: { defaultProps: { shadow: 'md', radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
  },
});

/** Surfaces a notch apart so the frame reads as header / navigation / content in both themes. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--ps-frame-bg': t.colors.gray[0],
    '--ps-content-bg': t.white,
    '--ps-status-bg': t.colors.gray[0],
  },
  dark: {
    '--ps-frame-bg': t.colors.dark[8],
    '--ps-content-bg': t.colors.dark[7],
    '--ps-status-bg': t.colors.dark[8],
  },
});
