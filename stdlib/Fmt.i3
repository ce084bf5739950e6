(* Fmt: formatting numbers and other data as text (after cm3's Fmt.i3). *)
INTERFACE Fmt;

IMPORT Word;

PROCEDURE Bool (b: BOOLEAN): TEXT;
PROCEDURE Char (c: CHAR): TEXT;

TYPE Base = [2 .. 16];

PROCEDURE Int (n: INTEGER; base: Base := 10): TEXT;
PROCEDURE Unsigned (n: Word.T; base: Base := 16): TEXT;

TYPE Style = {Sci, Fix, Auto};

(* The default precisions are cm3's Real.MaxSignifDigits - 1 and LongReal.MaxSignifDigits - 1. *)
PROCEDURE Real (x: REAL; style := Style.Auto; prec: CARDINAL := 8; literal := FALSE): TEXT;
PROCEDURE LongReal (x: LONGREAL; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT;
PROCEDURE Extended (x: EXTENDED; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT;

TYPE Align = {Left, Right};

PROCEDURE Pad (text: TEXT; length: CARDINAL; padChar: CHAR := ' '; align: Align := Align.Right): TEXT;

PROCEDURE F (fmt: TEXT; t1, t2, t3, t4, t5: TEXT := NIL): TEXT;
PROCEDURE FN (fmt: TEXT; READONLY texts: ARRAY OF TEXT): TEXT;

END Fmt.
