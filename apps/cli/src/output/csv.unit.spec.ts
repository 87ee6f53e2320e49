import { csvLine, renderCsv } from './csv';

describe('CSV cells a spreadsheet could run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+62 812 0000', "'+62 812 0000"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('gets a leading single quote: %j', (cell, written) => {
    expect(csvLine([cell])).toBe(`${written}\r\n`);
  });

  it('leaves other text, numbers (negative ones too) and empty cells as they were', () => {
    expect(csvLine(['Siti', 'a=b', 42, -3, -4n, null, undefined, 'x,y'])).toBe('Siti,a=b,42,-3,-4,,,"x,y"\r\n');
  });

  it('neutralises every row, headers included', () => {
    expect(renderCsv(['=h'], [['=1'], ['ok']])).toBe("'=h\r\n'=1\r\nok\r\n");
  });
});
