(* Shortest decimal digits by the free-format algorithm of Steele & White, as Burger & Dybvig
   state it, in exact multi-precision integer arithmetic: every digit is right for every finite
   value, subnormals and the largest ones included. *)
MODULE LongFloat;

IMPORT Word;

CONST
  Limbs = 48; (* of 32 bits: the largest scaled value below needs about 1,140 bits *)
  Mask = 16_FFFFFFFF;

TYPE
  (* sum(d[i] * 2^(32 * i), i < n); every d[i] in [0, 2^32); n = 0 for zero *)
  Big = RECORD n: [0 .. Limbs] := 0; d: ARRAY [0 .. Limbs - 1] OF INTEGER END;

PROCEDURE SetSmall (VAR a: Big; v: CARDINAL) =
  BEGIN
    a.n := 0;
    WHILE v # 0 DO a.d[a.n] := Word.And(v, Mask); v := Word.RightShift(v, 32); INC(a.n) END
  END SetSmall;

(* a := a * m, for 0 < m < 2^31: each product and carry stays below 2^63. *)
PROCEDURE MulSmall (VAR a: Big; m: INTEGER) =
  VAR carry, t: INTEGER := 0;
  BEGIN
    FOR i := 0 TO a.n - 1 DO
      t := a.d[i] * m + carry;
      a.d[i] := Word.And(t, Mask);
      carry := Word.RightShift(t, 32)
    END;
    IF carry # 0 THEN a.d[a.n] := carry; INC(a.n) END
  END MulSmall;

PROCEDURE MulPow10 (VAR a: Big; k: CARDINAL) =
  CONST Billion = 1000000000;
  VAR m := 1;
  BEGIN
    WHILE k >= 9 DO MulSmall(a, Billion); DEC(k, 9) END;
    FOR i := 1 TO k DO m := m * 10 END;
    IF m > 1 THEN MulSmall(a, m) END
  END MulPow10;

(* a := a * 2^k *)
PROCEDURE ShiftLeft (VAR a: Big; k: CARDINAL) =
  VAR limbs := k DIV 32; bits := k MOD 32; carry, t: INTEGER := 0;
  BEGIN
    IF a.n = 0 THEN RETURN END;
    IF bits # 0 THEN
      FOR i := 0 TO a.n - 1 DO
        t := Word.Or(Word.LeftShift(a.d[i], bits), carry);
        a.d[i] := Word.And(t, Mask);
        carry := Word.RightShift(t, 32)
      END;
      IF carry # 0 THEN a.d[a.n] := carry; INC(a.n) END
    END;
    IF limbs > 0 THEN
      FOR i := a.n - 1 TO 0 BY -1 DO a.d[i + limbs] := a.d[i] END;
      FOR i := 0 TO limbs - 1 DO a.d[i] := 0 END;
      INC(a.n, limbs)
    END
  END ShiftLeft;

PROCEDURE Compare (READONLY a, b: Big): [-1 .. 1] =
  BEGIN
    IF a.n # b.n THEN
      IF a.n < b.n THEN RETURN -1 ELSE RETURN 1 END
    END;
    FOR i := a.n - 1 TO 0 BY -1 DO
      IF a.d[i] # b.d[i] THEN
        IF a.d[i] < b.d[i] THEN RETURN -1 ELSE RETURN 1 END
      END
    END;
    RETURN 0
  END Compare;

(* r := a + b *)
PROCEDURE Add (VAR r: Big; READONLY a, b: Big) =
  VAR carry, t: INTEGER := 0;
  BEGIN
    r.n := MAX(a.n, b.n);
    FOR i := 0 TO r.n - 1 DO
      t := carry;
      IF i < a.n THEN INC(t, a.d[i]) END;
      IF i < b.n THEN INC(t, b.d[i]) END;
      r.d[i] := Word.And(t, Mask);
      carry := Word.RightShift(t, 32)
    END;
    IF carry # 0 THEN r.d[r.n] := carry; INC(r.n) END
  END Add;

(* a := a - b, for a >= b *)
PROCEDURE Sub (VAR a: Big; READONLY b: Big) =
  VAR borrow, t: INTEGER := 0;
  BEGIN
    FOR i := 0 TO a.n - 1 DO
      t := a.d[i] - borrow;
      IF i < b.n THEN DEC(t, b.d[i]) END;
      IF t < 0 THEN INC(t, 16_100000000); borrow := 1 ELSE borrow := 0 END;
      a.d[i] := t
    END;
    WHILE a.n > 0 AND a.d[a.n - 1] = 0 DO DEC(a.n) END
  END Sub;

(* b >= a (as inclusive says, for the boundaries of a value whose significand is even) *)
PROCEDURE Reaches (READONLY a, b: Big; inclusive: BOOLEAN): BOOLEAN =
  VAR c := Compare(a, b);
  BEGIN
    RETURN c < 0 OR (inclusive AND c = 0)
  END Reaches;

(* A binary format: its significand's bits, the exponent of its smallest unit, its largest,
   smallest and smallest normal positive values (as LONGREALs, which hold every REAL exactly). *)
TYPE
  Format = RECORD
    bits: CARDINAL;
    minExp: INTEGER;
    largest, smallest, smallestNormal: LONGREAL;
    maxDecimalExp, minDecimalExp: INTEGER (* beyond them: infinity, zero *)
  END;

CONST
  Double = Format{53, -1074, 1.7976931348623157D308, 4.9406564584124654D-324,
                  2.2250738585072014D-308, 309, -325};
  Single = Format{24, -149, 3.4028234663852886D38, 1.401298464324817D-45,
                  1.1754943508222875D-38, 39, -46};

(* x > 0 finite in format f as m * 2^e, m < 2^bits an integer, e >= f.minExp (m >= 2^(bits-1)
   unless x is subnormal in f) *)
PROCEDURE Split (x: LONGREAL; READONLY f: Format; VAR m, e: INTEGER) =
  VAR top := FLOAT(Word.LeftShift(1, f.bits), LONGREAL); half := top / 2.0D0;
  BEGIN
    e := 0;
    WHILE x >= top DO x := x / 2.0D0; INC(e) END;
    WHILE x < half AND e > f.minExp DO x := x * 2.0D0; DEC(e) END;
    m := TRUNC(x)
  END Split;

(* The shortest digits of x > 0, a finite value of format fm. *)
PROCEDURE Shortest (x: LONGREAL; READONLY fm: Format; VAR res: DecimalApprox) =
  VAR
    e, f, k, d, length, j: INTEGER;
    r, s, mPlus, mMinus, t: Big;
    even, unequalGaps, low, high, up: BOOLEAN;
  BEGIN
    Split(x, fm, f, e);
    even := f MOD 2 = 0;
    (* at a power of two the gap below is half the gap above *)
    unequalGaps := f = Word.LeftShift(1, fm.bits - 1) AND e > fm.minExp;
    (* x = r / s; the neighbours' midpoints are at (r - mMinus) / s and (r + mPlus) / s *)
    SetSmall(r, f);
    SetSmall(mPlus, 1);
    IF e >= 0 THEN
      ShiftLeft(r, e + 1);
      SetSmall(s, 2);
      ShiftLeft(mPlus, e)
    ELSE
      ShiftLeft(r, 1);
      SetSmall(s, 1);
      ShiftLeft(s, 1 - e)
    END;
    mMinus := mPlus;
    IF unequalGaps THEN ShiftLeft(r, 1); ShiftLeft(s, 1); ShiftLeft(mPlus, 1) END;
    (* k, the decimal exponent past the first digit: an estimate from the binary exponent, made
       exact by the two loops below *)
    length := 0;
    WHILE Word.RightShift(f, length) # 0 DO INC(length) END;
    k := CEILING(FLOAT(e + length - 1, LONGREAL) * 0.30102999566398120D0);
    IF k >= 0 THEN MulPow10(s, k) ELSE MulPow10(r, -k); MulPow10(mPlus, -k); MulPow10(mMinus, -k) END;
    LOOP
      Add(t, r, mPlus);
      IF Reaches(t, s, NOT even) THEN EXIT END;
      MulSmall(s, 10);
      INC(k)
    END;
    LOOP
      Add(t, r, mPlus);
      MulSmall(t, 10);
      IF NOT Reaches(t, s, even) THEN EXIT END;
      MulSmall(r, 10);
      MulSmall(mPlus, 10);
      MulSmall(mMinus, 10);
      DEC(k)
    END;
    res.len := 1;
    length := 0;
    LOOP
      MulSmall(r, 10);
      MulSmall(mPlus, 10);
      MulSmall(mMinus, 10);
      d := 0;
      WHILE Compare(r, s) >= 0 DO Sub(r, s); INC(d) END;
      low := NOT Reaches(mMinus, r, NOT even);
      Add(t, r, mPlus);
      high := NOT Reaches(t, s, NOT even);
      IF NOT low AND NOT high THEN
        res.digits[length] := d;
        INC(length)
      ELSE
        IF low AND high THEN
          (* both neighbours of this digit read back as x: the closer one, or the even one *)
          t := r;
          ShiftLeft(t, 1);
          CASE Compare(t, s) OF
          | -1 => up := FALSE
          | 1 => up := TRUE
          | 0 => up := d MOD 2 = 1
          END
        ELSE
          up := high
        END;
        IF NOT up THEN
          res.digits[length] := d;
          INC(length);
          IF r.n = 0 THEN res.errorSign := 0 ELSE res.errorSign := 1 END
        ELSE
          res.errorSign := -1;
          IF d < 9 THEN
            res.digits[length] := d + 1;
            INC(length)
          ELSE
            j := length;
            WHILE j > 0 AND res.digits[j - 1] = 9 DO DEC(j) END;
            IF j = 0 THEN res.digits[0] := 1; length := 1; INC(k) ELSE INC(res.digits[j - 1]); length := j END
          END
        END;
        EXIT
      END
    END;
    WHILE length > 1 AND res.digits[length - 1] = 0 DO DEC(length) END;
    res.len := length;
    res.exp := k - 1
  END Shortest;

(* 2^k, exactly, for k in [-1074, 1023] *)
PROCEDURE TwoTo (k: INTEGER): LONGREAL =
  VAR x := 1.0D0;
  BEGIN
    WHILE k >= 30 DO x := x * 1073741824.0D0; DEC(k, 30) END;
    WHILE k <= -30 DO x := x / 1073741824.0D0; INC(k, 30) END;
    WHILE k > 0 DO x := x * 2.0D0; DEC(k) END;
    WHILE k < 0 DO x := x / 2.0D0; INC(k) END;
    RETURN x
  END TwoTo;


(* x * 10^k in steps of 10^22 (exact, as is every smaller power of ten): a few units in the last
   place off at most, and never overflowing or underflowing before the true value does. *)
PROCEDURE Scale10 (x: LONGREAL; k: INTEGER): LONGREAL =
  VAR power := 1.0D0;
  BEGIN
    WHILE k >= 22 DO x := x * 1.0D22; DEC(k, 22) END;
    WHILE k <= -22 DO x := x / 1.0D22; INC(k, 22) END;
    FOR i := 1 TO ABS(k) DO power := power * 10.0D0 END;
    IF k >= 0 THEN RETURN x * power ELSE RETURN x / power END
  END Scale10;

(* The sign of n * 10^q - mid * 2^k, all exact. *)
PROCEDURE CompareScaled (READONLY n: Big; q: INTEGER; mid: CARDINAL; k: INTEGER): [-1 .. 1] =
  VAR a := n; b: Big;
  BEGIN
    SetSmall(b, mid);
    IF q >= 0 THEN MulPow10(a, q) ELSE MulPow10(b, -q) END;
    IF k >= 0 THEN ShiftLeft(b, k) ELSE ShiftLeft(a, -k) END;
    RETURN Compare(a, b)
  END CompareScaled;

PROCEDURE FromDecimal (sign: [0 .. 1]; READONLY digits: ARRAY OF [0 .. 9]; exp: INTEGER): LONGREAL =
  BEGIN
    RETURN Nearest(sign, digits, exp, Double)
  END FromDecimal;

PROCEDURE FromDecimalToReal (sign: [0 .. 1]; READONLY digits: ARRAY OF [0 .. 9]; exp: INTEGER): REAL =
  BEGIN
    RETURN FLOAT(Nearest(sign, digits, exp, Single), REAL)
  END FromDecimalToReal;

(* The value of the digits rounded once, to the nearest value of format f. *)
PROCEDURE Nearest (sign: [0 .. 1]; READONLY digits: ARRAY OF [0 .. 9]; exp: INTEGER;
                   READONLY f: Format): LONGREAL =
  CONST MaxDigits = 60; (* what the 48 limbs hold with every exponent that does not overflow *)
  VAR
    first := 0;
    last := LAST(digits);
    n: Big;
    count, q, m, e, leading: INTEGER;
    x: LONGREAL;
    low: CARDINAL;
  BEGIN
    WHILE first <= last AND digits[first] = 0 DO INC(first) END;
    WHILE last >= first AND digits[last] = 0 DO DEC(last) END;
    IF first > last THEN x := 0.0D0
    ELSIF exp - first > f.maxDecimalExp THEN x := Infinity()
    ELSIF exp - first < f.minDecimalExp THEN x := 0.0D0
    ELSE
      (* the value is n * 10^q, n the digits from first as an integer *)
      count := MIN(last - first + 1, MaxDigits);
      SetSmall(n, 0);
      leading := 0;
      FOR i := first TO first + count - 1 DO
        MulSmall(n, 10);
        Add(n, n, Small(digits[i]));
        IF i < first + 18 THEN leading := leading * 10 + digits[i] END
      END;
      IF last - first + 1 > MaxDigits THEN (* the rest only says "a little more" *)
        MulSmall(n, 10);
        Add(n, n, Small(1));
        INC(count)
      END;
      q := exp - first - count + 1;
      (* a guess from the first 18 digits, within a few units in the last place *)
      x := Scale10(FLOAT(leading, LONGREAL), q + count - MIN(count, 18));
      IF x > f.largest THEN x := f.largest END;
      IF x < f.smallest THEN x := f.smallest END;
      IF f.bits # Double.bits THEN x := FLOAT(FLOAT(x, REAL), LONGREAL) END;
      (* Clinger's AlgorithmR: step a unit at a time until x is the nearest *)
      LOOP
        Split(x, f, m, e);
        CASE CompareScaled(n, q, 2 * m + 1, e - 1) OF
        | 1 => IF x = f.largest THEN x := Infinity(); EXIT END; x := x + TwoTo(e)
        | 0 =>
            IF m MOD 2 = 1 THEN
              IF x = f.largest THEN x := Infinity() ELSE x := x + TwoTo(e) END
            END;
            EXIT
        | -1 =>
            IF m = Word.LeftShift(1, f.bits - 1) AND e > f.minExp THEN
              low := 4 * m - 1; (* the gap below a power of two is half *)
              CASE CompareScaled(n, q, low, e - 2) OF
              | -1 => x := x - TwoTo(e - 1)
              | 0 => EXIT (* m is even *)
              | 1 => EXIT
              END
            ELSE
              CASE CompareScaled(n, q, 2 * m - 1, e - 1) OF
              | -1 => IF m = 1 AND e = f.minExp THEN x := 0.0D0; EXIT END; x := x - TwoTo(e)
              | 0 =>
                  IF m MOD 2 = 1 THEN
                    IF m = 1 AND e = f.minExp THEN x := 0.0D0 ELSE x := x - TwoTo(e) END
                  END;
                  EXIT
              | 1 => EXIT
              END
            END
        END
      END
    END;
    IF sign = 1 THEN RETURN -x ELSE RETURN x END
  END Nearest;

PROCEDURE Infinity (): LONGREAL =
  BEGIN
    RETURN Double.largest * 2.0D0
  END Infinity;

PROCEDURE Small (v: CARDINAL): Big =
  VAR b: Big;
  BEGIN
    SetSmall(b, v);
    RETURN b
  END Small;

PROCEDURE Class (x: LONGREAL): IEEEClass =
  BEGIN
    RETURN ClassIn(x, Double)
  END Class;

(* The class of x, a value of format fm. *)
PROCEDURE ClassIn (x: LONGREAL; READONLY fm: Format): IEEEClass =
  BEGIN
    IF x # x THEN RETURN IEEEClass.QuietNaN END;
    IF x - x # 0.0D0 THEN RETURN IEEEClass.Infinity END;
    IF x = 0.0D0 THEN RETURN IEEEClass.Zero END;
    IF ABS(x) < fm.smallestNormal THEN RETURN IEEEClass.Denormal END;
    RETURN IEEEClass.Normal
  END ClassIn;

PROCEDURE Convert (x: LONGREAL; READONLY fm: Format): DecimalApprox =
  VAR
    class := ClassIn(x, fm);
    res: DecimalApprox;
  BEGIN
    res.class := class;
    res.sign := 0;
    res.len := 1;
    res.digits[0] := 0;
    res.exp := 0;
    res.errorSign := 0;
    (* minus zero is negative too: 1/-0 is minus infinity *)
    IF x < 0.0D0 OR (x = 0.0D0 AND 1.0D0 / x < 0.0D0) THEN res.sign := 1; x := -x END;
    IF class = IEEEClass.Normal OR class = IEEEClass.Denormal THEN Shortest(x, fm, res) END;
    RETURN res
  END Convert;

PROCEDURE ToDecimal (x: LONGREAL): DecimalApprox =
  BEGIN
    RETURN Convert(x, Double)
  END ToDecimal;

PROCEDURE ToDecimalOfReal (x: REAL): DecimalApprox =
  BEGIN
    RETURN Convert(FLOAT(x, LONGREAL), Single)
  END ToDecimalOfReal;

BEGIN
END LongFloat.
