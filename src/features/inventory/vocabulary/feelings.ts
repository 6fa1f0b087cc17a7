import type { Feeling } from './types';

/**
 * The built-in feeling words, grouped by family in display order.
 * Ids are stored in inventories: never rename or remove one (tests/unit/feelingIds.ts guards this).
 */
export const FEELINGS: readonly Feeling[] = [
  // Anger
  {
    id: 'angry',
    word: 'angry',
    family: 'anger',
    meaning: 'Feeling heat and force rise in you when something crosses a line.',
  },
  {
    id: 'irritated',
    word: 'irritated',
    family: 'anger',
    meaning: 'Feeling small things scrape at your patience, one after another.',
  },
  {
    id: 'frustrated',
    word: 'frustrated',
    family: 'anger',
    meaning: 'Feeling blocked when you keep trying and something keeps getting in the way.',
  },
  {
    id: 'fed-up',
    word: 'fed up',
    family: 'anger',
    meaning: 'Feeling you have had enough and your patience has run out.',
  },
  {
    id: 'indignant',
    word: 'indignant',
    family: 'anger',
    meaning: 'Feeling that something is unfair and wanting it to stop.',
  },
  {
    id: 'resentful',
    word: 'resentful',
    family: 'anger',
    meaning: 'Holding an old hurt that flares up again each time you remember it.',
  },
  {
    id: 'bitter',
    word: 'bitter',
    family: 'anger',
    meaning: 'Feeling sour and hardened about a hurt that was never put right.',
  },
  {
    id: 'betrayed',
    word: 'betrayed',
    family: 'anger',
    meaning: 'Feeling hurt and angry because someone you trusted broke that trust.',
  },
  {
    id: 'furious',
    word: 'furious',
    family: 'anger',
    meaning: 'Feeling anger so strong it seems to fill your whole body.',
  },

  // Fear
  {
    id: 'afraid',
    word: 'afraid',
    family: 'fear',
    meaning: 'Sensing that something could hurt you and wanting to be safe.',
  },
  {
    id: 'nervous',
    word: 'nervous',
    family: 'fear',
    meaning: 'Feeling jittery before something that matters to you.',
  },
  {
    id: 'worried',
    word: 'worried',
    family: 'fear',
    meaning: 'Turning a possible problem over and over in your mind.',
  },
  {
    id: 'anxious',
    word: 'anxious',
    family: 'fear',
    meaning: 'Feeling uneasy about what might happen, often without knowing quite what.',
  },
  {
    id: 'on-edge',
    word: 'on edge',
    family: 'fear',
    meaning: 'Feeling tense and watchful, as if something could go off at any moment.',
  },
  {
    id: 'unsafe',
    word: 'unsafe',
    family: 'fear',
    meaning: 'Sensing that you are not protected where you are right now.',
  },
  {
    id: 'dread',
    word: 'dread',
    family: 'fear',
    meaning: 'A heavy sense that something hard is coming toward you.',
  },
  {
    id: 'panicky',
    word: 'panicky',
    family: 'fear',
    meaning: 'Feeling a sudden rush of fear, as if you need to get out right now.',
  },
  {
    id: 'terrified',
    word: 'terrified',
    family: 'fear',
    meaning: 'Feeling fear so big that it is hard to think or move.',
  },

  // Sadness and grief
  {
    id: 'sad',
    word: 'sad',
    family: 'sadness',
    meaning: 'Feeling low and heavy, often after a loss or a letdown.',
  },
  {
    id: 'down',
    word: 'down',
    family: 'sadness',
    meaning: 'Feeling flat and low, with little lift in your day.',
  },
  {
    id: 'disappointed',
    word: 'disappointed',
    family: 'sadness',
    meaning: 'Feeling let down when things did not turn out as you hoped.',
  },
  {
    id: 'hurt',
    word: 'hurt',
    family: 'sadness',
    meaning: 'Feeling pain from something someone said or did.',
  },
  {
    id: 'tearful',
    word: 'tearful',
    family: 'sadness',
    meaning: 'Feeling close to tears, whether or not they come.',
  },
  {
    id: 'wistful',
    word: 'wistful',
    family: 'sadness',
    meaning: 'Feeling a gentle sadness for something that has passed.',
  },
  {
    id: 'heartbroken',
    word: 'heartbroken',
    family: 'sadness',
    meaning: 'Feeling a deep hurt after love or hope was lost.',
  },
  {
    id: 'grieving',
    word: 'grieving',
    family: 'sadness',
    meaning: 'Carrying a loss over time, in waves that come and go.',
  },
  {
    id: 'grief-stricken',
    word: 'grief-stricken',
    family: 'sadness',
    meaning: 'Feeling overcome by a fresh and deep loss.',
  },

  // Shame and guilt
  {
    id: 'embarrassed',
    word: 'embarrassed',
    family: 'shame',
    meaning: 'Feeling awkward and exposed when others saw something you wish they had not.',
  },
  {
    id: 'self-conscious',
    word: 'self-conscious',
    family: 'shame',
    meaning: 'Feeling watched and judged, as if every move you make is noticed.',
  },
  {
    id: 'regretful',
    word: 'regretful',
    family: 'shame',
    meaning: 'Wishing you had chosen differently.',
  },
  {
    id: 'guilty',
    word: 'guilty',
    family: 'shame',
    meaning: 'Feeling that something you did hurt someone, and it weighs on you.',
  },
  {
    id: 'remorseful',
    word: 'remorseful',
    family: 'shame',
    meaning: 'Feeling sorry for harm you caused and wishing you could undo it.',
  },
  {
    id: 'ashamed',
    word: 'ashamed',
    family: 'shame',
    meaning: 'Feeling that something about you needs to be hidden from others.',
  },
  {
    id: 'humiliated',
    word: 'humiliated',
    family: 'shame',
    meaning: 'Feeling put down or made small in front of others.',
  },
  {
    id: 'not-enough',
    word: 'not enough',
    family: 'shame',
    meaning: 'Feeling that however much you do or give, it never seems to be enough.',
  },
  {
    id: 'unworthy',
    word: 'unworthy',
    family: 'shame',
    meaning: 'Feeling that you do not deserve care, love or kindness.',
  },

  // Confusion
  {
    id: 'confused',
    word: 'confused',
    family: 'confusion',
    meaning: 'Finding it hard to make sense of what is happening or what you feel.',
  },
  {
    id: 'unsure',
    word: 'unsure',
    family: 'confusion',
    meaning: 'Not knowing what to think or which way to go.',
  },
  {
    id: 'torn',
    word: 'torn',
    family: 'confusion',
    meaning: 'Feeling pulled between two things you care about.',
  },
  {
    id: 'muddled',
    word: 'muddled',
    family: 'confusion',
    meaning: 'Feeling that your thoughts are tangled and hard to sort out.',
  },
  {
    id: 'second-guessing',
    word: 'second-guessing',
    family: 'confusion',
    meaning: 'Doubting your own choices or memories, again and again.',
  },
  {
    id: 'bewildered',
    word: 'bewildered',
    family: 'confusion',
    meaning: 'Feeling lost and puzzled, as if the ground shifted without warning.',
  },
  {
    id: 'disoriented',
    word: 'disoriented',
    family: 'confusion',
    meaning: 'Losing your sense of where you are or what comes next.',
  },

  // Helplessness and overwhelm
  {
    id: 'stressed',
    word: 'stressed',
    family: 'overwhelm',
    meaning: 'Feeling stretched thin by demands that pull at you from all sides.',
  },
  {
    id: 'overwhelmed',
    word: 'overwhelmed',
    family: 'overwhelm',
    meaning: 'Feeling that there is too much, too fast, to handle right now.',
  },
  {
    id: 'exhausted',
    word: 'exhausted',
    family: 'overwhelm',
    meaning: 'Feeling worn out in body and mind, with nothing left to give.',
  },
  {
    id: 'helpless',
    word: 'helpless',
    family: 'overwhelm',
    meaning: 'Feeling that nothing you do can change what is happening.',
  },
  {
    id: 'powerless',
    word: 'powerless',
    family: 'overwhelm',
    meaning: 'Feeling that the choice or the control is out of your hands.',
  },
  {
    id: 'trapped',
    word: 'trapped',
    family: 'overwhelm',
    meaning: 'Feeling stuck, with no way out that you can see.',
  },
  {
    id: 'defeated',
    word: 'defeated',
    family: 'overwhelm',
    meaning: 'Feeling knocked down, as if trying again is too much for now.',
  },
  {
    id: 'hopeless',
    word: 'hopeless',
    family: 'overwhelm',
    meaning: 'Feeling as if things will never get better.',
  },

  // Numbness
  {
    id: 'flat',
    word: 'flat',
    family: 'numbness',
    meaning: 'Feeling dull, with little joy or sorrow either way.',
  },
  {
    id: 'foggy',
    word: 'foggy',
    family: 'numbness',
    meaning: 'Feeling slow and cloudy, as if your thoughts are wrapped in mist.',
  },
  {
    id: 'numb',
    word: 'numb',
    family: 'numbness',
    meaning: 'Feeling very little at all, as if your feelings have been switched off.',
  },
  {
    id: 'empty',
    word: 'empty',
    family: 'numbness',
    meaning: 'Feeling hollow inside, as if something is missing.',
  },
  {
    id: 'detached',
    word: 'detached',
    family: 'numbness',
    meaning: 'Feeling cut off from what is happening around you.',
  },
  {
    id: 'shut-down',
    word: 'shut down',
    family: 'numbness',
    meaning: 'Feeling closed off inside, often as a way of keeping yourself safe.',
  },
  {
    id: 'unreal',
    word: 'unreal',
    family: 'numbness',
    meaning: 'Feeling as if you, or the world around you, are not quite real.',
  },
  {
    id: 'frozen',
    word: 'frozen',
    family: 'numbness',
    meaning: 'Your body or mind goes still, and moving or speaking feels out of reach.',
  },

  // Loneliness
  {
    id: 'lonely',
    word: 'lonely',
    family: 'loneliness',
    meaning: 'Feeling alone and wishing for closeness with someone.',
  },
  {
    id: 'longing',
    word: 'longing',
    family: 'loneliness',
    meaning: 'Aching for a person, a place or a time that you miss.',
  },
  {
    id: 'left-out',
    word: 'left out',
    family: 'loneliness',
    meaning: 'Feeling that others are together and you are on the outside.',
  },
  {
    id: 'misunderstood',
    word: 'misunderstood',
    family: 'loneliness',
    meaning: 'Feeling that others do not see what you mean or what you feel.',
  },
  {
    id: 'invisible',
    word: 'invisible',
    family: 'loneliness',
    meaning: 'Feeling that no one notices you or what you are going through.',
  },
  {
    id: 'isolated',
    word: 'isolated',
    family: 'loneliness',
    meaning: 'Feeling apart from other people, with no one close by.',
  },
  {
    id: 'rejected',
    word: 'rejected',
    family: 'loneliness',
    meaning: 'Feeling pushed away or not wanted by someone.',
  },
  {
    id: 'abandoned',
    word: 'abandoned',
    family: 'loneliness',
    meaning: 'Feeling left behind by someone you counted on.',
  },

  // Hope
  {
    id: 'hopeful',
    word: 'hopeful',
    family: 'hope',
    meaning: 'Sensing that things can get better, even a little.',
  },
  {
    id: 'encouraged',
    word: 'encouraged',
    family: 'hope',
    meaning: 'Feeling a lift when something shows you that change is possible.',
  },
  {
    id: 'optimistic',
    word: 'optimistic',
    family: 'hope',
    meaning: 'Expecting that things are likely to work out.',
  },
  {
    id: 'willing',
    word: 'willing',
    family: 'hope',
    meaning: 'Feeling open to try, even when you are not sure how it will go.',
  },
  {
    id: 'curious',
    word: 'curious',
    family: 'hope',
    meaning: 'Wanting to find out more, with an open mind.',
  },
  {
    id: 'eager',
    word: 'eager',
    family: 'hope',
    meaning: 'Looking forward to something with energy.',
  },
  {
    id: 'inspired',
    word: 'inspired',
    family: 'hope',
    meaning: 'Feeling stirred by someone or something to grow or to create.',
  },

  // Relief
  {
    id: 'relieved',
    word: 'relieved',
    family: 'relief',
    meaning: 'Feeling a weight lift when something hard is over or turned out okay.',
  },
  {
    id: 'reassured',
    word: 'reassured',
    family: 'relief',
    meaning: 'Feeling your worry ease because someone or something showed you it is alright.',
  },
  {
    id: 'lighter',
    word: 'lighter',
    family: 'relief',
    meaning: 'Feeling less heavy than before, as if you set something down.',
  },
  {
    id: 'unburdened',
    word: 'unburdened',
    family: 'relief',
    meaning: 'Feeling free of something you had been carrying alone.',
  },
  {
    id: 'free',
    word: 'free',
    family: 'relief',
    meaning: 'Feeling no longer held by something that once had a grip on you.',
  },

  // Calm
  {
    id: 'calm',
    word: 'calm',
    family: 'calm',
    meaning: 'Feeling steady and quiet inside.',
  },
  {
    id: 'rested',
    word: 'rested',
    family: 'calm',
    meaning: 'Feeling refreshed after sleep or a break.',
  },
  {
    id: 'soothed',
    word: 'soothed',
    family: 'calm',
    meaning: 'Feeling comforted after distress, as if something gentle settled you.',
  },
  {
    id: 'grounded',
    word: 'grounded',
    family: 'calm',
    meaning: 'Feeling present and steady, with your feet under you.',
  },
  {
    id: 'safe',
    word: 'safe',
    family: 'calm',
    meaning: 'Feeling protected, with nothing you need to guard against right now.',
  },
  {
    id: 'peaceful',
    word: 'peaceful',
    family: 'calm',
    meaning: 'Feeling at ease with yourself and with this moment.',
  },
  {
    id: 'content',
    word: 'content',
    family: 'calm',
    meaning: 'Feeling that what you have right now is enough.',
  },

  // Gratitude
  {
    id: 'grateful',
    word: 'grateful',
    family: 'gratitude',
    meaning: 'Noticing something that helped you and feeling glad it is there.',
  },
  {
    id: 'thankful',
    word: 'thankful',
    family: 'gratitude',
    meaning: 'Wanting to say thank you for what someone gave or did.',
  },
  {
    id: 'appreciative',
    word: 'appreciative',
    family: 'gratitude',
    meaning: 'Seeing the worth of someone or something in your life.',
  },
  {
    id: 'fortunate',
    word: 'fortunate',
    family: 'gratitude',
    meaning: 'Feeling lucky for what came your way.',
  },
  {
    id: 'moved',
    word: 'moved',
    family: 'gratitude',
    meaning: 'Feeling touched deep inside by kindness or beauty.',
  },

  // Pride (healthy self-respect)
  {
    id: 'proud',
    word: 'proud',
    family: 'pride',
    meaning: 'Feeling glad about something you did or who you are becoming.',
  },
  {
    id: 'accomplished',
    word: 'accomplished',
    family: 'pride',
    meaning: 'Feeling that you finished something that took real effort.',
  },
  {
    id: 'capable',
    word: 'capable',
    family: 'pride',
    meaning: 'Knowing you have the skill or the strength to do this.',
  },
  {
    id: 'confident',
    word: 'confident',
    family: 'pride',
    meaning: 'Trusting that you can handle what is in front of you.',
  },
  {
    id: 'strong',
    word: 'strong',
    family: 'pride',
    meaning: 'Feeling the strength you built by getting through hard things.',
  },
  {
    id: 'worthy',
    word: 'worthy',
    family: 'pride',
    meaning: 'Knowing you deserve care and respect, just as you are.',
  },

  // Connection
  {
    id: 'connected',
    word: 'connected',
    family: 'connection',
    meaning: 'Feeling linked to others, part of something bigger than you.',
  },
  {
    id: 'belonging',
    word: 'belonging',
    family: 'connection',
    meaning: 'Feeling that you fit and are welcome where you are.',
  },
  {
    id: 'accepted',
    word: 'accepted',
    family: 'connection',
    meaning: 'Feeling welcomed as you are, with no need to change first.',
  },
  {
    id: 'understood',
    word: 'understood',
    family: 'connection',
    meaning: 'Feeling that someone truly gets what you mean and what you feel.',
  },
  {
    id: 'supported',
    word: 'supported',
    family: 'connection',
    meaning: 'Knowing others are there to help you carry things.',
  },
  {
    id: 'trusting',
    word: 'trusting',
    family: 'connection',
    meaning: 'Feeling safe enough to rely on someone.',
  },
  {
    id: 'affectionate',
    word: 'affectionate',
    family: 'connection',
    meaning: 'Feeling warm fondness toward someone.',
  },
  {
    id: 'loved',
    word: 'loved',
    family: 'connection',
    meaning: 'Feeling cared for and held in someone’s heart.',
  },
];
