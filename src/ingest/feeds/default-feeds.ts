// Public feeds that carry layoff and business news: the starting subscription list. Data only, never fetched here.
import type { FeedSource } from './types.js';

export type FeedTopic = 'layoffs' | 'business' | 'technology' | 'biotech' | 'hr';

export interface DefaultFeed extends FeedSource {
  readonly topics: readonly FeedTopic[];
  readonly language: string;
}

/**
 * Written from public documentation and the sites' own feed links; not checked from this workplace
 * (it has no internet). `pinkslip watch` records a source's last error, so a feed that has moved shows up there.
 */
export const DEFAULT_FEEDS: readonly DefaultFeed[] = [
  {
    title: 'Google News: layoffs',
    url: 'https://news.google.com/rss/search?q=layoffs&hl=en-US&gl=US&ceid=US:en',
    htmlUrl: 'https://news.google.com/search?q=layoffs&hl=en-US&gl=US&ceid=US:en',
    topics: ['layoffs'],
    language: 'en',
  },
  {
    title: 'Google News: job cuts',
    url: 'https://news.google.com/rss/search?q=%22job+cuts%22&hl=en-US&gl=US&ceid=US:en',
    htmlUrl: 'https://news.google.com/search?q=%22job%20cuts%22&hl=en-US&gl=US&ceid=US:en',
    topics: ['layoffs'],
    language: 'en',
  },
  {
    title: 'Google News: WARN notice',
    url: 'https://news.google.com/rss/search?q=%22WARN+notice%22&hl=en-US&gl=US&ceid=US:en',
    htmlUrl: 'https://news.google.com/search?q=%22WARN%20notice%22&hl=en-US&gl=US&ceid=US:en',
    topics: ['layoffs'],
    language: 'en',
  },
  {
    title: 'Bing News: layoffs',
    url: 'https://www.bing.com/news/search?q=layoffs&format=rss',
    htmlUrl: 'https://www.bing.com/news/search?q=layoffs',
    topics: ['layoffs'],
    language: 'en',
  },
  {
    title: 'TechCrunch: layoffs',
    url: 'https://techcrunch.com/tag/layoffs/feed/',
    htmlUrl: 'https://techcrunch.com/tag/layoffs/',
    topics: ['layoffs', 'technology'],
    language: 'en',
  },
  {
    title: 'GeekWire: layoffs',
    url: 'https://www.geekwire.com/tag/layoffs/feed/',
    htmlUrl: 'https://www.geekwire.com/tag/layoffs/',
    topics: ['layoffs', 'technology'],
    language: 'en',
  },
  {
    title: 'TechCrunch',
    url: 'https://techcrunch.com/feed/',
    htmlUrl: 'https://techcrunch.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'GeekWire',
    url: 'https://www.geekwire.com/feed/',
    htmlUrl: 'https://www.geekwire.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'The Verge',
    url: 'https://www.theverge.com/rss/index.xml',
    htmlUrl: 'https://www.theverge.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'Ars Technica',
    url: 'https://feeds.arstechnica.com/arstechnica/index',
    htmlUrl: 'https://arstechnica.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'The Register',
    url: 'https://www.theregister.com/headlines.atom',
    htmlUrl: 'https://www.theregister.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'Hacker News: front page',
    url: 'https://news.ycombinator.com/rss',
    htmlUrl: 'https://news.ycombinator.com/',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'BBC News: Business',
    url: 'https://feeds.bbci.co.uk/news/business/rss.xml',
    htmlUrl: 'https://www.bbc.co.uk/news/business',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'The Guardian: Business',
    url: 'https://www.theguardian.com/uk/business/rss',
    htmlUrl: 'https://www.theguardian.com/uk/business',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'NPR: Business',
    url: 'https://feeds.npr.org/1006/rss.xml',
    htmlUrl: 'https://www.npr.org/sections/business/',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'The New York Times: Business',
    url: 'https://rss.nytimes.com/services/xml/rss/nyt/Business.xml',
    htmlUrl: 'https://www.nytimes.com/section/business',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'The New York Times: Technology',
    url: 'https://rss.nytimes.com/services/xml/rss/nyt/Technology.xml',
    htmlUrl: 'https://www.nytimes.com/section/technology',
    topics: ['technology'],
    language: 'en',
  },
  {
    title: 'CNBC: Business News',
    url: 'https://search.cnbc.com/rs/search/combinedcms/view.xml?partnerId=wrss01&id=10001147',
    htmlUrl: 'https://www.cnbc.com/business/',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'The Wall Street Journal: US Business',
    url: 'https://feeds.a.dj.com/rss/WSJcomUSBusiness.xml',
    htmlUrl: 'https://www.wsj.com/news/business',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'Fortune',
    url: 'https://fortune.com/feed/',
    htmlUrl: 'https://fortune.com/',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'Yahoo Finance',
    url: 'https://finance.yahoo.com/news/rssindex',
    htmlUrl: 'https://finance.yahoo.com/news/',
    topics: ['business'],
    language: 'en',
  },
  {
    title: 'Fierce Biotech',
    url: 'https://www.fiercebiotech.com/rss/xml',
    htmlUrl: 'https://www.fiercebiotech.com/',
    topics: ['biotech', 'layoffs'],
    language: 'en',
  },
  {
    title: 'HR Dive',
    url: 'https://www.hrdive.com/feeds/news/',
    htmlUrl: 'https://www.hrdive.com/',
    topics: ['hr'],
    language: 'en',
  },
];
