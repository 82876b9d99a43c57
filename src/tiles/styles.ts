// Styles of the tiles. Colours and spacing only through the private `--_…` variables of
// shared/tokens.ts; layout by container width (the wrapper is the query container).
import { css } from 'lit';

export const newsStyles = css`
  .tile {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .tile-heading {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .wrap {
    container-type: inline-size;
    container-name: ent-news;
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding: 0 0 calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_divider);
    background: var(--_bg);
  }
  .media {
    position: relative;
    aspect-ratio: 680 / 383;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    object-position: center;
  }
  .body {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .article-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .article-title a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .rubrique {
    font-weight: 600;
  }
  /* An article that could not be drawn. */
  .unreadable {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    color: var(--_muted);
  }
  .all {
    justify-self: start;
    font-weight: 600;
  }
  .skeleton-card {
    display: grid;
    gap: var(--_space);
  }
  .skeleton-media {
    aspect-ratio: 680 / 383;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  @container ent-news (min-width: 36em) {
    /* Image beside the text; a card without an image keeps one column. */
    .card:has(> .media) {
      grid-template-columns: minmax(10em, min(40%, 20em)) minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
  }
`;

export const bannerStyles = css`
  .banner {
    container-type: inline-size;
    container-name: ent-banner;
    display: grid;
    gap: var(--_space);
  }
  .tile-heading {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  /* The image is shown whole and the panel below it (beside it when wide), never over it:
     a banner often carries its own text, which an overlay or a crop would hide. */
  .stack {
    display: grid;
    gap: var(--_space);
    align-items: center;
  }
  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .frame img,
  .frame canvas {
    display: block;
    width: 100%;
    height: auto;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .panel-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .panel p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .motion {
    position: absolute;
    top: var(--_space);
    right: var(--_space);
    z-index: 1;
  }
  @container ent-banner (min-width: 48em) {
    .stack:has(> .frame + .panel) {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
    }
  }
`;
