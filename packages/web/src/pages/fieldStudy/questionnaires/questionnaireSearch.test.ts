// Tests of the questionnaire page's address state: the tab and the response whose drawer is open.

import { describe, expect, it } from 'vitest';
import { questionnaireTab, shownResponse, withResponse, withTab } from './questionnaireSearch';

const params = (query: string) => new URLSearchParams(query);

describe('questionnaireTab', () => {
  it('opens the tab named by ?tab=', () => {
    expect(questionnaireTab(params('tab=responses'))).toBe('responses');
    expect(questionnaireTab(params('tab=distribution'))).toBe('distribution');
  });

  it('opens the questions when ?tab= is missing or names no tab', () => {
    expect(questionnaireTab(params(''))).toBe('questions');
    expect(questionnaireTab(params('tab=analysis'))).toBe('questions');
  });
});

describe('withTab', () => {
  it('keeps the chosen tab in the address and the questions tab as the bare address', () => {
    expect(withTab(params(''), 'distribution').toString()).toBe('tab=distribution');
    expect(withTab(params('tab=distribution'), 'questions').toString()).toBe('');
    expect(withTab(params('tab=distribution'), null).toString()).toBe('');
  });

  it('drops the open response when leaving the responses tab, keeps it when staying', () => {
    expect(withTab(params('tab=responses&response=r1'), 'distribution').toString()).toBe(
      'tab=distribution',
    );
    expect(withTab(params('tab=responses&response=r1'), 'responses').toString()).toBe(
      'tab=responses&response=r1',
    );
  });

  it('does not change the address it is given', () => {
    const search = params('tab=responses&response=r1');
    withTab(search, 'questions');
    expect(search.toString()).toBe('tab=responses&response=r1');
  });
});

describe('shownResponse and withResponse', () => {
  it('reads the response of the relations table link', () => {
    expect(shownResponse(params('tab=responses&response=r1'))).toBe('r1');
    expect(shownResponse(params('tab=responses&response='))).toBeNull();
    expect(shownResponse(params('tab=responses'))).toBeNull();
  });

  it('opens and closes a drawer, keeping the tab', () => {
    const opened = withResponse(params('tab=responses'), 'r2');
    expect(opened.toString()).toBe('tab=responses&response=r2');
    expect(withResponse(opened, null).toString()).toBe('tab=responses');
  });
});
