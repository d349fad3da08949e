import { renderMarkdown } from '../../domain/site/markdown'
import { publicStories, publicStoryById } from '../../domain/site/stories'
import { storyImagePath, storyImagesOf } from '../../domain/site/story-images'
import { municipalityBySlug, newest } from '../municipalities'
import type { SitePage } from '../registry'
import { notFoundContent } from './services'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A municipality's career stories (only those whose consent to publication stands). */
export const municipalityStoriesPage: SitePage = {
  id: 'municipality-stories',
  segments: {
    fi: [':municipality', 'uratarinat'],
    sv: [':municipality', 'karriarberattelser'],
    en: [':municipality', 'career-stories'],
  },
  render: async (ctx, { municipality: slug }) => {
    const m = await municipalityBySlug(ctx.db, slug ?? '')
    if (!m) return null
    const { t, lang } = ctx
    const stories = await publicStories(ctx.db, { municipalityId: m.id, now: ctx.now, limit: 50 })
    const images = await storyImagesOf(
      ctx.db,
      stories.map((s) => s.id),
    )
    return {
      title: `${t.careerStories}: ${m.name[lang]}`,
      description: t.municipalityLead(m.name[lang]),
      breadcrumbs: [
        { label: m.name[lang], href: ctx.href('municipality', { municipality: m.slug }) },
      ],
      lastModified: newest(m.updatedAt, ...stories.map((s) => s.updatedAt)),
      body: (
        <>
          <h1>
            {t.careerStories}: {m.name[lang]}
          </h1>
          {stories.length === 0 ? (
            <p>{t.noStories}</p>
          ) : (
            <ul className="cards" data-qa="story-list">
              {stories.map((s) => {
                const image = images.get(s.id)
                return (
                  <li className="card" key={s.id}>
                    {image ? (
                      <img
                        className="story-image"
                        src={storyImagePath(image.id)}
                        alt={image.alt[lang]}
                        width={image.width}
                        height={image.height}
                        loading="lazy"
                      />
                    ) : null}
                    <h3>
                      <a href={ctx.href('story', { story: s.id })}>{s.title[lang]}</a>
                    </h3>
                  </li>
                )
              })}
            </ul>
          )}
        </>
      ),
    }
  },
}

export const storyPage: SitePage = {
  id: 'story',
  segments: {
    fi: ['uratarina', ':story'],
    sv: ['karriarberattelse', ':story'],
    en: ['career-story', ':story'],
  },
  render: async (ctx, { story: id }) => {
    if (!id || !uuid.test(id)) return notFoundContent(ctx)
    const s = await publicStoryById(ctx.db, id, ctx.now)
    if (!s) return notFoundContent(ctx)
    const { lang } = ctx
    const image = (await storyImagesOf(ctx.db, [s.id])).get(s.id)
    return {
      title: s.title[lang],
      description: s.body[lang].slice(0, 200),
      breadcrumbs: [],
      lastModified: newest(s.updatedAt, image?.updatedAt),
      ...(image
        ? {
            image: {
              url: storyImagePath(image.id),
              width: image.width,
              height: image.height,
              alt: image.alt[lang],
            },
          }
        : {}),
      body: (
        <article>
          <h1>{s.title[lang]}</h1>
          {image ? (
            <img
              className="story-image"
              src={storyImagePath(image.id)}
              alt={image.alt[lang]}
              width={image.width}
              height={image.height}
              data-qa="story-image"
            />
          ) : null}
          <div dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body[lang]) }} />
        </article>
      ),
    }
  },
}
