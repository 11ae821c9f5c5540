import { parseArgs } from "node:util";
import { MediaUploadError, PinterestApiError, type paths, unwrap, uploadMedia } from "@pinterest-kit/client";
import { fileFromPath } from "@pinterest-kit/client/node";
import { DEFAULT_TOKEN_FILE, describeApiError, signedInClient } from "../signed-in-client.js";
import { uploadProgress } from "../upload-progress.js";
import { UsageError, usageErrorFrom } from "../usage-error.js";

/** The body of `POST /pins` as the spec declares the request (defaults optional). */
type PinRequest = NonNullable<paths["/pins"]["post"]["requestBody"]>["content"]["application/json"];

export const PIN_HELP = `Usage: pinterest-kit pin create --board ID (--image-url URL | --video FILE) [options]

Creates a Pin on one of the signed-in user's boards, from an image URL or from a video file that
it uploads first (POST /media, the upload, then waiting for Pinterest to process it).

  --board ID             the board's id (pinterest-kit api GET /boards lists them)
  --section ID           a section of that board
  --image-url URL        the Pin's image
  --video FILE           a video file to upload (progress on stderr)
  --cover-image-url URL  the video Pin's cover image (default: the video's first frame)
  --title T, --description D, --link URL, --alt-text T
  --json                 print the created Pin as JSON
  --token-file FILE      token file (default: ${DEFAULT_TOKEN_FILE})
  --sandbox              call https://api-sandbox.pinterest.com/v5 (required for Trial apps)
  -h, --help`;

/** `pinterest-kit pin create`: an image or video Pin. */
export async function pin(argv: string[]): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === "--help" || subcommand === "-h") {
    console.log(PIN_HELP);
    return 0;
  }
  if (subcommand !== "create")
    throw new UsageError(`pin: unknown subcommand "${subcommand ?? ""}"; try \`pinterest-kit pin create --help\`.`);
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse(rest));
  } catch (error) {
    throw usageErrorFrom("pin create", error);
  }
  if (values.help) {
    console.log(PIN_HELP);
    return 0;
  }
  const board = values.board;
  if (!board || !/^\d+$/.test(board)) throw new UsageError("pin create: --board needs the board's numeric id.");
  if ((values["image-url"] === undefined) === (values.video === undefined)) {
    throw new UsageError("pin create: give exactly one of --image-url URL and --video FILE.");
  }
  // Read the video before anything is sent, so a wrong path costs no request.
  const video =
    values.video === undefined
      ? undefined
      : await fileFromPath(values.video).catch((error: Error) => {
          throw new UsageError(`pin create: --video ${values.video}: ${error.message.split("\n")[0]}`);
        });
  const tokenFile = values["token-file"] ?? DEFAULT_TOKEN_FILE;
  const client = await signedInClient("pin create", tokenFile, values.sandbox === true);
  try {
    let mediaSource: PinRequest["media_source"];
    if (video) {
      const progress = uploadProgress(process.stderr);
      try {
        const mediaId = await uploadMedia(client, { file: video, onProgress: progress.onProgress });
        mediaSource = {
          source_type: "video_id",
          media_id: mediaId,
          ...(values["cover-image-url"] ? { cover_image_url: values["cover-image-url"] } : { cover_image_key_frame_time: 0 }),
        };
      } finally {
        progress.done();
      }
    } else {
      mediaSource = { source_type: "image_url", url: values["image-url"] as string };
    }
    const created = await unwrap(
      client.POST("/pins", {
        body: {
          board_id: board,
          media_source: mediaSource,
          ...(values.section ? { board_section_id: values.section } : {}),
          ...(values.title ? { title: values.title } : {}),
          ...(values.description ? { description: values.description } : {}),
          ...(values.link ? { link: values.link } : {}),
          ...(values["alt-text"] ? { alt_text: values["alt-text"] } : {}),
        },
      }),
    );
    console.log(values.json ? JSON.stringify(created, null, 2) : `Created Pin ${created.id} on board ${board}.`);
    return 0;
  } catch (error) {
    if (error instanceof PinterestApiError) console.error(`pinterest-kit: ${describeApiError(error, tokenFile)}`);
    else if (error instanceof MediaUploadError) console.error(`pinterest-kit: pin create: ${error.message}`);
    else throw error;
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      board: { type: "string" },
      section: { type: "string" },
      "image-url": { type: "string" },
      video: { type: "string" },
      "cover-image-url": { type: "string" },
      title: { type: "string" },
      description: { type: "string" },
      link: { type: "string" },
      "alt-text": { type: "string" },
      json: { type: "boolean" },
      "token-file": { type: "string" },
      sandbox: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
