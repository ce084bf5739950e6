(* Scan: reading numbers and booleans from text; surrounding blanks are allowed. *)
MODULE Scan;

IMPORT LongFloat, Text, Word;

PROCEDURE Trimmed (txt: TEXT; VAR start, stop: INTEGER) RAISES {BadFormat} =
  BEGIN
    IF txt = NIL THEN RAISE BadFormat END;
    start := 0;
    stop := Text.Length(txt);
    WHILE start < stop AND Blank(Text.GetChar(txt, start)) DO INC(start) END;
    WHILE stop > start AND Blank(Text.GetChar(txt, stop - 1)) DO DEC(stop) END;
    IF start = stop THEN RAISE BadFormat END
  END Trimmed;

PROCEDURE Blank (c: CHAR): BOOLEAN =
  BEGIN
    RETURN c = ' ' OR c = '\t' OR c = '\n' OR c = '\r'
  END Blank;

PROCEDURE Bool (txt: TEXT): BOOLEAN RAISES {BadFormat} =
  VAR start, stop: INTEGER; word: TEXT;
  BEGIN
    Trimmed(txt, start, stop);
    word := Text.Sub(txt, start, stop - start);
    IF Text.Equal(word, "TRUE") OR Text.Equal(word, "true") THEN RETURN TRUE END;
    IF Text.Equal(word, "FALSE") OR Text.Equal(word, "false") THEN RETURN FALSE END;
    RAISE BadFormat
  END Bool;

PROCEDURE Digit (c: CHAR): INTEGER =
  BEGIN
    IF c >= '0' AND c <= '9' THEN RETURN ORD(c) - ORD('0') END;
    IF c >= 'a' AND c <= 'f' THEN RETURN ORD(c) - ORD('a') + 10 END;
    IF c >= 'A' AND c <= 'F' THEN RETURN ORD(c) - ORD('A') + 10 END;
    RETURN 99
  END Digit;

(* Digits in base, accumulated negatively so FIRST(INTEGER) can be read. *)
PROCEDURE Number (txt: TEXT; start, stop: INTEGER; base: INTEGER): INTEGER RAISES {BadFormat} =
  VAR n := 0; d: INTEGER;
  BEGIN
    IF start >= stop THEN RAISE BadFormat END;
    FOR i := start TO stop - 1 DO
      d := Digit(Text.GetChar(txt, i));
      IF d >= base THEN RAISE BadFormat END;
      (* n * base - d must not pass FIRST(INTEGER): a number too large is a bad format *)
      IF n < (FIRST(INTEGER) + d + base - 1) DIV base THEN RAISE BadFormat END;
      n := n * base - d
    END;
    RETURN n
  END Number;

PROCEDURE Int (txt: TEXT; defaultBase: [2 .. 16] := 10): INTEGER RAISES {BadFormat} =
  VAR start, stop, base, underscore: INTEGER; negative := FALSE; n: INTEGER;
  BEGIN
    Trimmed(txt, start, stop);
    IF Text.GetChar(txt, start) = '-' THEN negative := TRUE; INC(start)
    ELSIF Text.GetChar(txt, start) = '+' THEN INC(start)
    END;
    base := defaultBase;
    underscore := Text.FindChar(txt, '_', start);
    IF underscore >= 0 AND underscore < stop THEN
      base := -Number(txt, start, underscore, 10);
      IF base < 2 OR base > 16 THEN RAISE BadFormat END;
      start := underscore + 1
    END;
    n := Number(txt, start, stop, base);
    IF negative THEN RETURN n END;
    IF n = FIRST(INTEGER) THEN RAISE BadFormat END;
    RETURN -n
  END Int;

PROCEDURE Unsigned (txt: TEXT; defaultBase: [2 .. 16] := 16): INTEGER RAISES {BadFormat} =
  VAR start, stop, d: INTEGER; n := 0;
  BEGIN
    Trimmed(txt, start, stop);
    FOR i := start TO stop - 1 DO
      d := Digit(Text.GetChar(txt, i));
      IF d >= defaultBase THEN RAISE BadFormat END;
      (* n * base + d must fit in a word, read as unsigned *)
      IF Word.GT(n, Word.Divide(Word.Minus(-1, d), defaultBase)) THEN RAISE BadFormat END;
      n := Word.Plus(Word.Times(n, defaultBase), d)
    END;
    RETURN n
  END Unsigned;

PROCEDURE Real (txt: TEXT): REAL RAISES {BadFormat} =
  VAR sign: [0 .. 1]; digits: Digits; kept, exp: INTEGER;
  BEGIN
    IF NOT Decimal(txt, sign, digits, kept, exp) THEN
      IF sign = 1 THEN RETURN -0.0 ELSE RETURN 0.0 END
    END;
    RETURN LongFloat.FromDecimalToReal(sign, SUBARRAY(digits, 0, kept), exp)
  END Real;

PROCEDURE LongReal (txt: TEXT): LONGREAL RAISES {BadFormat} =
  VAR sign: [0 .. 1]; digits: Digits; kept, exp: INTEGER;
  BEGIN
    IF NOT Decimal(txt, sign, digits, kept, exp) THEN
      IF sign = 1 THEN RETURN -0.0D0 ELSE RETURN 0.0D0 END
    END;
    RETURN LongFloat.FromDecimal(sign, SUBARRAY(digits, 0, kept), exp)
  END LongReal;

CONST Kept = 60; (* significant digits; a nonzero digit after them counts as one more 1 *)

TYPE Digits = ARRAY [0 .. Kept - 1] OF [0 .. 9];

(* Reads a real literal exactly: its sign, its first `kept` significant digits and the decimal
   exponent of the first, digits[0].digits[1]... * 10^exp; FALSE when the value is zero. The
   value is rounded once, by LongFloat. *)
PROCEDURE Decimal (txt: TEXT; VAR sign: [0 .. 1]; VAR digits: Digits; VAR kept, exp: INTEGER):
  BOOLEAN RAISES {BadFormat} =
  VAR
    start, stop, d: INTEGER;
    read := 0; (* digits read, leading zeros included *)
    firstNonzero := -1; (* the index among them of the first nonzero digit *)
    beforePoint := -1; (* digits read before the point; -1 while there is no point *)
    exponent := 0;
    expNegative := FALSE;
    c: CHAR;
  BEGIN
    sign := 0;
    kept := 0;
    Trimmed(txt, start, stop);
    c := Text.GetChar(txt, start);
    IF c = '-' THEN sign := 1; INC(start) ELSIF c = '+' THEN INC(start) END;
    WHILE start < stop DO
      c := Text.GetChar(txt, start);
      IF c = '.' AND beforePoint < 0 THEN
        beforePoint := read
      ELSE
        d := Digit(c);
        IF d >= 10 THEN EXIT END;
        IF d # 0 AND firstNonzero < 0 THEN firstNonzero := read END;
        IF firstNonzero >= 0 THEN
          IF kept < Kept - 1 THEN
            digits[kept] := d; INC(kept)
          ELSIF d # 0 THEN
            digits[Kept - 1] := 1; kept := Kept
          END
        END;
        INC(read)
      END;
      INC(start)
    END;
    IF read = 0 THEN RAISE BadFormat END;
    IF beforePoint < 0 THEN beforePoint := read END;
    IF start < stop THEN
      c := Text.GetChar(txt, start);
      IF c # 'e' AND c # 'E' AND c # 'd' AND c # 'D' AND c # 'x' AND c # 'X' THEN RAISE BadFormat END;
      INC(start);
      IF start < stop AND Text.GetChar(txt, start) = '-' THEN expNegative := TRUE; INC(start)
      ELSIF start < stop AND Text.GetChar(txt, start) = '+' THEN INC(start)
      END;
      IF start >= stop THEN RAISE BadFormat END;
      WHILE start < stop DO
        d := Digit(Text.GetChar(txt, start));
        IF d >= 10 THEN RAISE BadFormat END;
        (* beyond any value's range either way; stop growing *)
        IF exponent < 100000 THEN exponent := exponent * 10 + d END;
        INC(start)
      END;
      IF expNegative THEN exponent := -exponent END
    END;
    exp := beforePoint - 1 - firstNonzero + exponent;
    RETURN firstNonzero >= 0
  END Decimal;

BEGIN
END Scan.
