import { GraphQLError } from 'graphql';
import QRCode, { type QRCodeErrorCorrectionLevel } from 'qrcode';
import { Arg, Field, FieldResolver, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors.js';
import { Esim, EsimOrder } from './order.type.js';

/**
 * The eSIM QR code as a picture a page can show at once (an SVG document, or a PNG data URL for an `<img src>`),
 * drawn by the `qrcode` library from the activation string. Drawn only when asked for, from the string in hand.
 */
export enum QrErrorCorrection {
  LOW = 'L',
  MEDIUM = 'M',
  QUARTILE = 'Q',
  HIGH = 'H',
}

registerEnumType(QrErrorCorrection, {
  name: 'QrErrorCorrection',
  description: 'How much of a QR code may be damaged or covered and still scan; more correction means a denser code.',
  valuesConfig: {
    LOW: { description: 'About 7% may be lost.' },
    MEDIUM: { description: 'About 15% may be lost (the usual choice).' },
    QUARTILE: { description: 'About 25% may be lost.' },
    HIGH: { description: 'About 30% may be lost (for a logo over the code, or rough printing).' },
  },
});

/** Side of the picture, in pixels: big enough to scan, small enough that drawing it stays cheap. */
const QR_SIZE = { min: 64, max: 2048, default: 256 } as const;

interface QrPicture {
  text: string;
  size: number;
  errorCorrection: QrErrorCorrection;
}

@ObjectType({ description: 'A QR code of an eSIM activation string, as pictures ready to show.' })
class QrCodeImage {
  @Field(() => String, { description: 'The text the code holds: the activation string (`LPA:1$…`).' })
  text!: string;

  @Field(() => Int, { description: 'Width and height of the pictures, in pixels (quiet zone included).' })
  size!: number;
}

const sizeArg = {
  defaultValue: QR_SIZE.default,
  description: `Width and height in pixels, ${QR_SIZE.min} to ${QR_SIZE.max}.`,
} as const;
const levelArg = { defaultValue: QrErrorCorrection.MEDIUM, description: 'Error-correction level.' } as const;

function picture(text: string, size: number, errorCorrection: QrErrorCorrection): QrPicture {
  if (!Number.isInteger(size) || size < QR_SIZE.min || size > QR_SIZE.max)
    throw badInput(`size must be from ${QR_SIZE.min} to ${QR_SIZE.max} pixels (got ${size})`, 'size');
  return { text, size, errorCorrection };
}

function options(image: QrPicture) {
  return { errorCorrectionLevel: image.errorCorrection as QRCodeErrorCorrectionLevel, width: image.size, margin: 4 };
}

/** A string too long for any QR code at this level: a lower level may fit it. */
function drawn<T>(draw: () => Promise<T>): Promise<T> {
  return draw().catch((error: unknown) => {
    throw new GraphQLError(
      `the activation string does not fit a QR code at this error-correction level (${(error as Error).message})`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  });
}

@Resolver(() => QrCodeImage)
export class QrCodeImageResolver {
  @FieldResolver(() => String, { description: 'The code as an SVG document (`<svg …>`), to inline in a page.' })
  svg(@Root() image: QrPicture): Promise<string> {
    return drawn(() => QRCode.toString(image.text, { ...options(image), type: 'svg' }));
  }

  @FieldResolver(() => String, {
    description: 'The code as a PNG image in a data URL (`data:image/png;base64,…`), for an `<img src>`.',
  })
  pngDataUrl(@Root() image: QrPicture): Promise<string> {
    return drawn(() => QRCode.toDataURL(image.text, { ...options(image), type: 'image/png' }));
  }
}

@Resolver(() => Esim)
export class EsimQrCodeResolver {
  @FieldResolver(() => QrCodeImage, {
    nullable: true,
    description:
      'The QR code of `qrCode` as an SVG and a PNG picture; null, with an error, for a size or level it cannot draw (the rest of the eSIM still answers).',
  })
  qrCodeImage(
    @Root() esim: Esim,
    @Arg('size', () => Int, sizeArg) size: number,
    @Arg('errorCorrection', () => QrErrorCorrection, levelArg) errorCorrection: QrErrorCorrection,
  ): QrPicture {
    return picture(esim.qrCode, size, errorCorrection);
  }
}

@Resolver(() => EsimOrder)
export class EsimOrderQrCodeResolver {
  @FieldResolver(() => QrCodeImage, {
    nullable: true,
    description: 'The QR code of `qrCode` as an SVG and a PNG picture; null until the order is paid, like `qrCode`.',
  })
  qrCodeImage(
    @Root() order: EsimOrder,
    @Arg('size', () => Int, sizeArg) size: number,
    @Arg('errorCorrection', () => QrErrorCorrection, levelArg) errorCorrection: QrErrorCorrection,
  ): QrPicture | null {
    return order.qrCode === null ? null : picture(order.qrCode, size, errorCorrection);
  }
}
