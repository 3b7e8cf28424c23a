import type { Config } from 'tailwindcss';

// Tailwind 4 is configured CSS-first (app/globals.css); this file holds the design tokens
// and is loaded there with `@config` so editors and plugins that look for it find it.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#1f2937', accent: '#4f46e5' },
      },
      fontFamily: {
        sans: ['ui-sans-serif', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
    },
  },
};

export default config;
