(* Fmt: numbers and other values as text, written in Modula-3 over Text and two TEXT primitives. *)
MODULE Fmt;

IMPORT LongFloat, Text, Word;

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

(* Floating point, as cm3's Fmt.i3 specifies it. The digits are LongFloat's, the fewest that read
   back as x; a precision beyond them adds zeros, a precision short of them rounds them as
   rounding x itself would (their errorSign settles a tie, then the even digit wins). *)

TYPE
  (* d[0].d[1]...d[len-1] * 10^exp; the digits from len on are zeros, and len = 0 is zero *)
  Decimal = RECORD
    len: INTEGER;
    d: ARRAY [0 .. LongFloat.MaxSignifDigits - 1] OF [0 .. 9];
    exp: INTEGER
  END;

  (* A text built a character at a time into an array sized in advance. *)
  Builder = RECORD chars: REF ARRAY OF CHAR; n: CARDINAL := 0 END;

PROCEDURE Real (x: REAL; style := Style.Auto; prec: CARDINAL := 8; literal := FALSE): TEXT =
  BEGIN
    RETURN Float(LongFloat.ToDecimalOfReal(x), style, prec, literal, 2, 'e')
  END Real;

PROCEDURE LongReal (x: LONGREAL; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT =
  BEGIN
    RETURN Float(LongFloat.ToDecimal(x), style, prec, literal, 3, 'd')
  END LongReal;

PROCEDURE Extended (x: EXTENDED; style := Style.Auto; prec: CARDINAL := 16; literal := FALSE): TEXT =
  BEGIN
    RETURN Float(LongFloat.ToDecimal(FLOAT(x, LONGREAL)), style, prec, literal, 3, 'x')
  END Extended;

(* expDigits: the exponent's width in Style.Sci (cm3's MaxExpDigits); letter: what introduces the
   exponent of a literal ('e' for REAL, 'd' for LONGREAL, 'x' for EXTENDED). *)
PROCEDURE Float (READONLY a: LongFloat.DecimalApprox; style: Style; prec: CARDINAL;
                 literal: BOOLEAN; expDigits: CARDINAL; letter: CHAR): TEXT =
  VAR sign := "";
  BEGIN
    IF a.sign = 1 THEN sign := "-" END;
    CASE a.class OF
    | LongFloat.IEEEClass.SignalingNaN, LongFloat.IEEEClass.QuietNaN =>
        IF literal THEN RETURN Quotient("0", letter) END;
        IF style = Style.Sci THEN RETURN " NaN" END;
        RETURN "NaN"
    | LongFloat.IEEEClass.Infinity =>
        IF style = Style.Sci AND a.sign = 0 THEN sign := " " END;
        IF literal THEN RETURN sign & Quotient("1", letter) END;
        RETURN sign & "Infinity"
    | LongFloat.IEEEClass.Zero =>
        CASE style OF
        | Style.Sci =>
            IF a.sign = 0 THEN sign := " " END;
            RETURN sign & Fixed(Rounded(a, 0), prec, literal) & Pad("", expDigits + 2)
        | Style.Fix => RETURN sign & Fixed(Rounded(a, 0), prec, literal) & Suffix(literal, letter)
        | Style.Auto => RETURN sign & Fixed(Rounded(a, 0), 0, literal) & Suffix(literal, letter)
        END
    | LongFloat.IEEEClass.Normal, LongFloat.IEEEClass.Denormal =>
        CASE style OF
        | Style.Sci =>
            IF a.sign = 0 THEN sign := " " END;
            RETURN sign & Scientific(Rounded(a, prec + 1), prec, literal, expDigits, letter)
        | Style.Fix =>
            RETURN sign & Fixed(Rounded(a, a.exp + 1 + prec), prec, literal) & Suffix(literal, letter)
        | Style.Auto => RETURN sign & Auto(Rounded(a, prec + 1), literal, letter)
        END
    END
  END Float;

(* "1.0/0.0", "1.0d0/0.0d0" or "1.0x0/0.0x0" (and the same with a 0 for NaN) *)
PROCEDURE Quotient (numerator: TEXT; letter: CHAR): TEXT =
  VAR suffix := Suffix(TRUE, letter);
  BEGIN
    RETURN numerator & ".0" & suffix & "/0.0" & suffix
  END Quotient;

(* What a literal in fixed point ends with: nothing for REAL, "d0" or "x0" for the others. *)
PROCEDURE Suffix (literal: BOOLEAN; letter: CHAR): TEXT =
  BEGIN
    IF NOT literal OR letter = 'e' THEN RETURN "" END;
    RETURN Text.FromChar(letter) & "0"
  END Suffix;

(* a rounded to its first n significant digits (n <= 0 rounds to a unit of 10^(a.exp - n + 1)). *)
PROCEDURE Rounded (READONLY a: LongFloat.DecimalApprox; n: INTEGER): Decimal =
  VAR r: Decimal; up: BOOLEAN; j: INTEGER;
  BEGIN
    r.d := a.digits;
    r.exp := a.exp;
    r.len := a.len;
    IF a.class = LongFloat.IEEEClass.Zero OR n < 0 THEN r.len := 0; RETURN r END;
    IF n >= a.len THEN RETURN r END;
    IF a.digits[n] # 5 THEN
      up := a.digits[n] > 5
    ELSIF n + 1 < a.len THEN
      up := TRUE (* the shortest digits never end in zero: more than half *)
    ELSIF a.errorSign # 0 THEN
      up := a.errorSign > 0
    ELSE
      up := n > 0 AND a.digits[n - 1] MOD 2 = 1
    END;
    r.len := n;
    IF up THEN
      j := n;
      WHILE j > 0 AND r.d[j - 1] = 9 DO DEC(j) END;
      IF j = 0 THEN r.d[0] := 1; r.len := 1; INC(r.exp) ELSE INC(r.d[j - 1]); r.len := j END
    END;
    WHILE r.len > 0 AND r.d[r.len - 1] = 0 DO DEC(r.len) END;
    RETURN r
  END Rounded;

(* The digit of r at 10^place. *)
PROCEDURE DigitAt (READONLY r: Decimal; place: INTEGER): CHAR =
  VAR i := r.exp - place;
  BEGIN
    IF i < 0 OR i >= r.len THEN RETURN '0' END;
    RETURN DigitChars[r.d[i]]
  END DigitAt;

PROCEDURE NewBuilder (size: CARDINAL): Builder =
  BEGIN
    RETURN Builder{chars := NEW(REF ARRAY OF CHAR, size), n := 0}
  END NewBuilder;

PROCEDURE Put (VAR b: Builder; c: CHAR) =
  BEGIN
    b.chars[b.n] := c;
    INC(b.n)
  END Put;

PROCEDURE Done (READONLY b: Builder): TEXT =
  BEGIN
    RETURN Text.FromChars(SUBARRAY(b.chars^, 0, b.n))
  END Done;

(* Style.Fix's digits: the units and above (at least "0"), then prec digits after a point. *)
PROCEDURE Fixed (READONLY r: Decimal; prec: CARDINAL; literal: BOOLEAN): TEXT =
  VAR
    top := 0;
    b: Builder;
  BEGIN
    IF r.len > 0 THEN top := MAX(r.exp, 0) END;
    b := NewBuilder(top + prec + 3);
    FOR place := top TO 0 BY -1 DO Put(b, DigitAt(r, place)) END;
    IF prec > 0 OR literal THEN Put(b, '.') END;
    FOR place := -1 TO -MAX(prec, ORD(literal)) BY -1 DO Put(b, DigitAt(r, place)) END;
    RETURN Done(b)
  END Fixed;

(* Style.Sci after the sign: one digit, a point and prec digits, then the exponent with its sign,
   expDigits wide. *)
PROCEDURE Scientific (READONLY r: Decimal; prec: CARDINAL; literal: BOOLEAN; expDigits: CARDINAL;
                      letter: CHAR): TEXT =
  VAR
    b := NewBuilder(prec + 4);
    exponent := "+";
  BEGIN
    FOR place := r.exp TO r.exp - MAX(prec, ORD(literal)) BY -1 DO
      Put(b, DigitAt(r, place));
      IF place = r.exp AND (prec > 0 OR literal) THEN Put(b, '.') END
    END;
    IF r.exp < 0 THEN exponent := "-" END;
    IF NOT literal THEN letter := 'e' END;
    RETURN Done(b) & Text.FromChar(letter) & exponent & Pad(Int(ABS(r.exp)), expDigits, '0')
  END Scientific;

(* Style.Auto: scientific notation without blanks, plus signs or trailing zeros when the exponent
   is 6 or more in magnitude, else fixed point without trailing zeros. *)
PROCEDURE Auto (READONLY r: Decimal; literal: BOOLEAN; letter: CHAR): TEXT =
  VAR last := r.exp - r.len + 1; (* the place of the last digit *)
      b: Builder;
  BEGIN
    IF ABS(r.exp) >= 6 THEN
      b := NewBuilder(r.len + 3);
      FOR place := r.exp TO MIN(last, r.exp - ORD(literal)) BY -1 DO
        Put(b, DigitAt(r, place));
        IF place = r.exp AND (last < r.exp OR literal) THEN Put(b, '.') END
      END;
      IF NOT literal THEN letter := 'e' END;
      RETURN Done(b) & Text.FromChar(letter) & Int(r.exp)
    END;
    b := NewBuilder(r.len + 10);
    FOR place := MAX(r.exp, 0) TO MIN(last, -ORD(literal)) BY -1 DO
      Put(b, DigitAt(r, place));
      IF place = 0 AND (last < 0 OR literal) THEN Put(b, '.') END
    END;
    RETURN Done(b) & Suffix(literal, letter)
  END Auto;

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
