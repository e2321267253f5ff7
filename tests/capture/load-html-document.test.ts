import { describe, expect, it } from 'vitest';
import { withoutSvgStyles } from '../../scripts/load-html-document';

describe('withoutSvgStyles', () => {
  it('cuts the original string even when lower-casing would change its length', () => {
    const html = 'İİİ<SVG viewBox="0 0 1 1"><STYLE>.a{fill:red}</STYLE><path/></SVG><p>İ job</p>';
    expect(withoutSvgStyles(html)).toBe('İİİ<SVG viewBox="0 0 1 1"><path/></SVG><p>İ job</p>');
  });

  it('keeps styles outside svg and a style whose close is past </svg>', () => {
    expect(withoutSvgStyles('<style>p{}</style><svg><g></g></svg><p>x</p>')).toBe('<style>p{}</style><svg><g></g></svg><p>x</p>');
    expect(withoutSvgStyles('<svg><style>a</svg><p>x</p></style>')).toBe('<svg><style>a</svg><p>x</p></style>');
    expect(withoutSvgStyles('<svg><style >a</style ></svg><svgx><style>b</style>')).toBe('<svg></svg><svgx><style>b</style>');
  });

  it('handles nested svg and stays inside the outer one', () => {
    expect(withoutSvgStyles('<svg><svg></svg><style>a</style></svg><style>b</style>')).toBe('<svg><svg></svg></svg><style>b</style>');
  });

  it('is linear on a page with many icons and one late style', () => {
    const icon = '<svg><path d="M0 0"></path><style>.i{fill:red}</style></svg>';
    const html = icon.repeat(50_000) + '<style>p{}</style>' + '<svg></svg>'.repeat(50_000);
    const started = performance.now();
    const out = withoutSvgStyles(html);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(out).toBe('<svg><path d="M0 0"></path></svg>'.repeat(50_000) + '<style>p{}</style>' + '<svg></svg>'.repeat(50_000));
  });
});
