/** A user mention in Slack's markup: `<@U123>` or `<@U123|name>`. */
const MENTION = /<@([A-Z0-9]+)(?:\|([^>]*))?>/g;

/**
 * The user ids a Slack message mentions (`<@U123>`, `<@U123|name>`), each once, in order.
 *
 * @example
 * mentionedIds('merci <@U01> et <@U02|luc>, <@U01>') // ['U01', 'U02']
 */
export function mentionedIds(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(MENTION), (match) => match[1] ?? ''))];
}

/**
 * A Slack message's text as people read it: mentions as `@name` (from `names`, else the label or
 * the id) and Slack's three escaped characters (`&lt;`, `&gt;`, `&amp;`) restored.
 *
 * @example
 * slackText('<@U01> a &lt;3', new Map([['U01', 'Marie']])) // '@Marie a <3'
 */
export function slackText(text: string, names: ReadonlyMap<string, string>): string {
  return text
    .replace(MENTION, (_, id: string, label: string | undefined) => {
      return `@${names.get(id) ?? label ?? id}`;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
