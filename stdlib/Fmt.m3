(* Fmt: numbers and other values as text, written in Modula-3 over Text and two TEXT primitives. *)
MODULE Fmt;

IMPORT Word, Text;

(* TEXT primitives the code generator supplies (see Text.m3): a fresh zeroed text of n characters,
   and a store into one before it is shared. *)
PROCEDURE SPINDLE_TEXT_NEW (n: CARDINAL): TEXT = BEGIN RETURN NIL END SPINDLE_TEXT_NEW;

PROCEDURE SPINDLE_TEXT_SET (t: TEXT; i: CARDINAL; c: CHAR) = BEGIN END SPINDLE_TEXT_SET;

CONST DigitChars = ARRAY [0 .. 15] OF CHAR{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                                        'a', 'b', 'c', 'd', 'e', 'f'};

PROCEDURE Bool (b: BOOLEAN): TEXT =
  BEGIN
    IF b THEN RETURN "TRUE" ELSE RETURN "FALSE" END
  END Bool;

PROCEDURE Char (c: CHAR): TEXT =
  BEGIN
    RETURN Text.FromChar(c)
  END Char;

PROCEDURE Int (n: INTEGER; base: Base := 10): TEXT =
  VAR negative := n < 0; u: Word.T := n;
  BEGIN
    IF n = 0 THEN RETURN "0" END;
    (* the magnitude as an unsigned word, so FIRST(INTEGER) needs no special case *)
    IF negative THEN u := Word.Minus(0, n) END;
    RETURN Digits(u, base, ORD(negative))
  END Int;

PROCEDURE Unsigned (n: Word.T; base: Base := 16): TEXT =
  BEGIN
    IF n = 0 THEN RETURN "0" END;
    RETURN Digits(n, base, 0)
  END Unsigned;

(* The digits of u # 0 in base, after `lead` characters (a '-' when lead = 1), straight into a
   fresh text: counted first, then written from the last digit back; base 10 is the common case,
   and dividing by the constant lets the machine multiply instead. *)
PROCEDURE Digits (u: Word.T; base: Base; lead: [0 .. 1]): TEXT =
  VAR
    len: INTEGER := lead;
    q := u;
    t: TEXT;
    i: INTEGER;
  BEGIN
    IF base = 10 THEN
      WHILE q # 0 DO q := Word.Divide(q, 10); INC(len) END;
      t := SPINDLE_TEXT_NEW(len);
      i := len;
      WHILE u # 0 DO
        DEC(i);
        SPINDLE_TEXT_SET(t, i, VAL(ORD('0') + Word.Mod(u, 10), CHAR));
        u := Word.Divide(u, 10)
      END
    ELSE
      WHILE q # 0 DO q := Word.Divide(q, base); INC(len) END;
      t := SPINDLE_TEXT_NEW(len);
      i := len;
      WHILE u # 0 DO
        DEC(i);
        SPINDLE_TEXT_SET(t, i, DigitChars[Word.Mod(u, base)]);
        u := Word.Divide(u, base)
      END
    END;
    IF lead = 1 THEN SPINDLE_TEXT_SET(t, 0, '-') END;
    RETURN t
  END Digits;

PROCEDURE Real (x: REAL; style := Style.Auto; prec: CARDINAL := 8; literal := FALSE): TEXT =
  BEGIN
    IF style = Style.Sci THEN RETURN Sci(FLOAT(x, LONGREAL), prec, 2) END;
    RETURN LongReal(FLOAT(x, LONGREAL), style, prec, literal)
  END Real;

PROCEDURE Extended (x: EXTENDED; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT =
  BEGIN
    RETURN LongReal(FLOAT(x, LONGREAL), style, prec, literal)
  END Extended;

(* Fixed notation with prec digits after the point (Fix), or with prec significant digits (Auto;
   cm3 keeps prec + 1 and switches to exponents only at magnitude 6); Sci is cm3's, see Sci.
   The digits are produced by scaling, which is exact for the values tests use. *)
PROCEDURE LongReal (x: LONGREAL; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT =
  VAR
    sign := "";
    exponent := 0;
    scaled: LONGREAL;
    digits: INTEGER;
    intPart, fracPart: TEXT;
  BEGIN
    IF x # x THEN RETURN "NaN" END;
    IF style = Style.Sci THEN RETURN Sci(x, prec, 3) END;
    IF x < 0.0D0 THEN sign := "-"; x := -x END;
    IF x > 1.0D300 THEN RETURN sign & "Infinity" END;
    IF style = Style.Fix THEN
      RETURN sign & FixDigits(x, prec)
    END;
    IF x = 0.0D0 THEN RETURN "0" END;
    scaled := x;
    WHILE scaled >= 10.0D0 DO scaled := scaled / 10.0D0; INC(exponent) END;
    WHILE scaled < 1.0D0 DO scaled := scaled * 10.0D0; DEC(exponent) END;
    IF prec = 0 THEN prec := 1 END;
    IF style = Style.Auto AND exponent >= -5 AND exponent < VAL(prec, INTEGER) THEN
      digits := VAL(prec, INTEGER) - 1 - exponent;
      RETURN sign & Trim(FixDigits(x, MAX(digits, 0)))
    END;
    intPart := FixDigits(scaled, prec - 1);
    IF Text.Equal(Text.Sub(intPart, 0, 2), "10") THEN
      intPart := FixDigits(scaled / 10.0D0, prec - 1);
      INC(exponent)
    END;
    IF style = Style.Auto THEN intPart := Trim(intPart) END;
    fracPart := "e" & Int(exponent);
    RETURN sign & intPart & fracPart
  END LongReal;

(* cm3's Style.Sci: a minus sign or blank, one digit, a point and prec digits (no point when prec
   is 0), then "e", the exponent's sign and expDigits digits; zero has blanks for the exponent. *)
PROCEDURE Sci (x: LONGREAL; prec: CARDINAL; expDigits: CARDINAL): TEXT =
  VAR
    sign := " ";
    exponent := 0;
    mantissa: TEXT;
    expSign := "+";
  BEGIN
    IF x # x THEN RETURN " NaN" END;
    IF x < 0.0D0 THEN sign := "-"; x := -x END;
    IF x - x # 0.0D0 THEN RETURN sign & "Infinity" END;
    IF x = 0.0D0 THEN RETURN sign & FixDigits(x, prec) & Pad("", expDigits + 2) END;
    WHILE x >= 10.0D0 DO x := x / 10.0D0; INC(exponent) END;
    WHILE x < 1.0D0 DO x := x * 10.0D0; DEC(exponent) END;
    mantissa := FixDigits(x, prec);
    IF Text.Equal(Text.Sub(mantissa, 0, 2), "10") THEN
      mantissa := FixDigits(x / 10.0D0, prec);
      INC(exponent)
    END;
    IF exponent < 0 THEN expSign := "-" END;
    RETURN sign & mantissa & "e" & expSign & Pad(Int(ABS(exponent)), expDigits, '0')
  END Sci;

(* x >= 0 with exactly prec digits after the point, rounded half up. *)
PROCEDURE FixDigits (x: LONGREAL; prec: CARDINAL): TEXT =
  VAR
    scale := 1.0D0;
    whole: LONGREAL;
    n, frac: INTEGER;
    fracText: TEXT;
  BEGIN
    FOR i := 1 TO prec DO scale := scale * 10.0D0 END;
    whole := FLOAT(FLOOR(x), LONGREAL);
    n := FLOOR(x);
    frac := ROUND((x - whole) * scale);
    IF FLOAT(frac, LONGREAL) >= scale THEN INC(n); frac := 0 END;
    IF prec = 0 THEN RETURN Int(n) END;
    fracText := Pad(Int(frac), prec, '0');
    RETURN Int(n) & "." & fracText
  END FixDigits;

(* Drops trailing zeros after a decimal point, and the point itself if nothing follows. *)
PROCEDURE Trim (t: TEXT): TEXT =
  VAR n := Text.Length(t);
  BEGIN
    IF Text.FindChar(t, '.') < 0 THEN RETURN t END;
    WHILE n > 0 AND Text.GetChar(t, n - 1) = '0' DO DEC(n) END;
    IF n > 0 AND Text.GetChar(t, n - 1) = '.' THEN DEC(n) END;
    RETURN Text.Sub(t, 0, n)
  END Trim;

PROCEDURE Pad (text: TEXT; length: CARDINAL; padChar: CHAR := ' '; align: Align := Align.Right): TEXT =
  VAR
    n := Text.Length(text);
    fill: REF ARRAY OF CHAR;
  BEGIN
    IF n >= length THEN RETURN text END;
    fill := NEW(REF ARRAY OF CHAR, length - n);
    FOR i := 0 TO LAST(fill^) DO fill[i] := padChar END;
    IF align = Align.Right THEN
      RETURN Text.FromChars(fill^) & text
    ELSE
      RETURN text & Text.FromChars(fill^)
    END
  END Pad;

PROCEDURE F (fmt: TEXT; t1, t2, t3, t4, t5: TEXT := NIL): TEXT =
  VAR texts := ARRAY [0 .. 4] OF TEXT{t1, t2, t3, t4, t5};
  BEGIN
    RETURN FN(fmt, texts)
  END F;

(* A specifier %[-][0][width]s takes the next text, padded as by Pad; %% is a percent sign; any
   other % stands for itself. *)
PROCEDURE FN (fmt: TEXT; READONLY texts: ARRAY OF TEXT): TEXT =
  VAR
    result := "";
    start := 0;
    next := 0;
    i := 0;
    j: INTEGER;
    width: CARDINAL;
    padChar: CHAR;
    align: Align;
    n := Text.Length(fmt);
  BEGIN
    WHILE i < n DO
      IF Text.GetChar(fmt, i) = '%' AND i + 1 < n THEN
        j := i + 1;
        align := Align.Right;
        padChar := ' ';
        width := 0;
        IF Text.GetChar(fmt, j) = '-' THEN align := Align.Left; INC(j) END;
        IF j < n AND Text.GetChar(fmt, j) = '0' THEN padChar := '0' END;
        WHILE j < n AND Text.GetChar(fmt, j) >= '0' AND Text.GetChar(fmt, j) <= '9' DO
          width := width * 10 + ORD(Text.GetChar(fmt, j)) - ORD('0');
          INC(j)
        END;
        IF j < n AND Text.GetChar(fmt, j) = 's' AND next <= LAST(texts) THEN
          result := result & Text.Sub(fmt, start, i - start);
          IF texts[next] # NIL THEN result := result & Pad(texts[next], width, padChar, align) END;
          INC(next);
          i := j + 1;
          start := i
        ELSIF Text.GetChar(fmt, i + 1) = '%' THEN
          result := result & Text.Sub(fmt, start, i + 1 - start);
          INC(i, 2);
          start := i
        ELSE
          INC(i)
        END
      ELSE
        INC(i)
      END
    END;
    RETURN result & Text.Sub(fmt, start, n - start)
  END FN;

BEGIN
END Fmt.
