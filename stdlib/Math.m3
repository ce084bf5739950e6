(* Math: the elementary functions on LONGREAL. sqrt, floor, ceil, rint and fabs are single Wasm
   instructions (intrinsics); the others are computed here by argument reduction and series. *)
MODULE Math;

CONST
  Ln2 = 0.6931471805599453094D0;
  Ln10 = 2.3025850929940456840D0;
  TwoPi = 6.2831853071795864769D0;
  HalfPi = 1.5707963267948966192D0;

FUNCTIONAL PROCEDURE SPINDLE_F64_SQRT (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_SQRT;
FUNCTIONAL PROCEDURE SPINDLE_F64_FLOOR (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_FLOOR;
FUNCTIONAL PROCEDURE SPINDLE_F64_CEIL (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_CEIL;
FUNCTIONAL PROCEDURE SPINDLE_F64_RINT (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_RINT;
FUNCTIONAL PROCEDURE SPINDLE_F64_ABS (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_ABS;
FUNCTIONAL PROCEDURE SPINDLE_F64_TRUNC (x: LONGREAL): LONGREAL = BEGIN RETURN x END SPINDLE_F64_TRUNC;

FUNCTIONAL PROCEDURE sqrt (x: LONGREAL): LONGREAL = BEGIN RETURN SPINDLE_F64_SQRT(x) END sqrt;
FUNCTIONAL PROCEDURE floor (x: LONGREAL): LONGREAL = BEGIN RETURN SPINDLE_F64_FLOOR(x) END floor;
FUNCTIONAL PROCEDURE ceil (x: LONGREAL): LONGREAL = BEGIN RETURN SPINDLE_F64_CEIL(x) END ceil;
FUNCTIONAL PROCEDURE rint (x: LONGREAL): LONGREAL = BEGIN RETURN SPINDLE_F64_RINT(x) END rint;
FUNCTIONAL PROCEDURE fabs (x: LONGREAL): LONGREAL = BEGIN RETURN SPINDLE_F64_ABS(x) END fabs;

(* IEEE infinities and NaN, computed at run time (constant division by zero is a compile error) *)
FUNCTIONAL PROCEDURE Divide (x, y: LONGREAL): LONGREAL = BEGIN RETURN x / y END Divide;

FUNCTIONAL PROCEDURE fmod (x, y: LONGREAL): LONGREAL =
  BEGIN
    RETURN x - y * SPINDLE_F64_TRUNC(x / y)
  END fmod;

(* 2^k for |k| < 2000, by repeated squaring *)
FUNCTIONAL PROCEDURE Pow2 (k: INTEGER): LONGREAL =
  VAR result := 1.0D0; base := 2.0D0; n := ABS(k);
  BEGIN
    WHILE n > 0 DO
      IF n MOD 2 = 1 THEN result := result * base END;
      base := base * base;
      n := n DIV 2
    END;
    IF k < 0 THEN RETURN 1.0D0 / result ELSE RETURN result END
  END Pow2;

FUNCTIONAL PROCEDURE exp (x: LONGREAL): LONGREAL =
  VAR k: INTEGER; r, term, sum: LONGREAL;
  BEGIN
    IF x # x THEN RETURN x END;
    IF x > 709.8D0 THEN RETURN Divide(1.0D0, 0.0D0) END;
    IF x < -745.2D0 THEN RETURN 0.0D0 END;
    k := ROUND(x / Ln2);
    r := x - FLOAT(k, LONGREAL) * Ln2;
    term := 1.0D0;
    sum := 1.0D0;
    FOR i := 1 TO 25 DO
      term := term * r / FLOAT(i, LONGREAL);
      sum := sum + term
    END;
    IF k > 1000 THEN RETURN sum * Pow2(1000) * Pow2(k - 1000) END;
    IF k < -1000 THEN RETURN sum * Pow2(-1000) * Pow2(k + 1000) END;
    RETURN sum * Pow2(k)
  END exp;

FUNCTIONAL PROCEDURE expm1 (x: LONGREAL): LONGREAL =
  VAR term, sum: LONGREAL;
  BEGIN
    IF ABS(x) > 0.5D0 THEN RETURN exp(x) - 1.0D0 END;
    term := x;
    sum := x;
    FOR i := 2 TO 30 DO
      term := term * x / FLOAT(i, LONGREAL);
      sum := sum + term
    END;
    RETURN sum
  END expm1;

FUNCTIONAL PROCEDURE log (x: LONGREAL): LONGREAL =
  VAR e := 0; s, s2, term, sum: LONGREAL;
  BEGIN
    IF x # x OR x < 0.0D0 THEN RETURN Divide(0.0D0, 0.0D0) END;
    IF x = 0.0D0 THEN RETURN -Divide(1.0D0, 0.0D0) END;
    IF x > 1.0D308 THEN RETURN x END;
    WHILE x >= 2.0D0 DO x := x / 2.0D0; INC(e) END;
    WHILE x < 1.0D0 DO x := x * 2.0D0; DEC(e) END;
    (* log x = 2 atanh((x - 1) / (x + 1)) for x in [1, 2) *)
    s := (x - 1.0D0) / (x + 1.0D0);
    s2 := s * s;
    term := s;
    sum := 0.0D0;
    FOR i := 0 TO 40 DO
      sum := sum + term / FLOAT(2 * i + 1, LONGREAL);
      term := term * s2
    END;
    RETURN 2.0D0 * sum + FLOAT(e, LONGREAL) * Ln2
  END log;

FUNCTIONAL PROCEDURE log10 (x: LONGREAL): LONGREAL = BEGIN RETURN log(x) / Ln10 END log10;

FUNCTIONAL PROCEDURE log1p (x: LONGREAL): LONGREAL =
  VAR term, sum: LONGREAL;
  BEGIN
    IF ABS(x) > 0.25D0 THEN RETURN log(1.0D0 + x) END;
    term := x;
    sum := 0.0D0;
    FOR i := 1 TO 60 DO
      sum := sum + term / FLOAT(i, LONGREAL);
      term := -term * x
    END;
    RETURN sum
  END log1p;

FUNCTIONAL PROCEDURE pow (x, y: LONGREAL): LONGREAL =
  VAR n: INTEGER; result, base: LONGREAL;
  BEGIN
    IF y = 0.0D0 THEN RETURN 1.0D0 END;
    IF y = SPINDLE_F64_TRUNC(y) AND ABS(y) < 1.0D9 THEN
      n := TRUNC(ABS(y));
      result := 1.0D0;
      base := x;
      WHILE n > 0 DO
        IF n MOD 2 = 1 THEN result := result * base END;
        base := base * base;
        n := n DIV 2
      END;
      IF y < 0.0D0 THEN RETURN 1.0D0 / result ELSE RETURN result END
    END;
    IF x < 0.0D0 THEN RETURN Divide(0.0D0, 0.0D0) END;
    IF x = 0.0D0 THEN RETURN 0.0D0 END;
    RETURN exp(y * log(x))
  END pow;

FUNCTIONAL PROCEDURE cbrt (x: LONGREAL): LONGREAL =
  VAR y: LONGREAL;
  BEGIN
    IF x = 0.0D0 THEN RETURN x END;
    y := exp(log(ABS(x)) / 3.0D0);
    y := y - (y * y * y - ABS(x)) / (3.0D0 * y * y);
    IF x < 0.0D0 THEN RETURN -y ELSE RETURN y END
  END cbrt;

(* sin and cos on [-pi/4, pi/4] by their Taylor series; other arguments are reduced into it *)
FUNCTIONAL PROCEDURE SinSeries (x: LONGREAL): LONGREAL =
  VAR term := x; sum := x; x2 := x * x;
  BEGIN
    FOR i := 1 TO 12 DO
      term := -term * x2 / FLOAT((2 * i) * (2 * i + 1), LONGREAL);
      sum := sum + term
    END;
    RETURN sum
  END SinSeries;

FUNCTIONAL PROCEDURE CosSeries (x: LONGREAL): LONGREAL =
  VAR term := 1.0D0; sum := 1.0D0; x2 := x * x;
  BEGIN
    FOR i := 1 TO 12 DO
      term := -term * x2 / FLOAT((2 * i - 1) * (2 * i), LONGREAL);
      sum := sum + term
    END;
    RETURN sum
  END CosSeries;

FUNCTIONAL PROCEDURE sin (x: LONGREAL): LONGREAL =
  VAR q: INTEGER; r: LONGREAL;
  BEGIN
    x := x - TwoPi * SPINDLE_F64_FLOOR(x / TwoPi);
    q := ROUND(x / HalfPi);
    r := x - FLOAT(q, LONGREAL) * HalfPi;
    CASE q MOD 4 OF
    | 0 => RETURN SinSeries(r)
    | 1 => RETURN CosSeries(r)
    | 2 => RETURN -SinSeries(r)
    ELSE RETURN -CosSeries(r)
    END
  END sin;

FUNCTIONAL PROCEDURE cos (x: LONGREAL): LONGREAL =
  BEGIN
    RETURN sin(x + HalfPi)
  END cos;

FUNCTIONAL PROCEDURE tan (x: LONGREAL): LONGREAL = BEGIN RETURN sin(x) / cos(x) END tan;

FUNCTIONAL PROCEDURE atan (x: LONGREAL): LONGREAL =
  VAR negative := x < 0.0D0; inverted := FALSE; halvings := 0; term, sum, x2: LONGREAL;
  BEGIN
    x := ABS(x);
    IF x > 1.0D0 THEN x := 1.0D0 / x; inverted := TRUE END;
    (* atan x = 2 atan(x / (1 + sqrt(1 + x^2))) until x is small *)
    WHILE x > 0.125D0 DO
      x := x / (1.0D0 + SPINDLE_F64_SQRT(1.0D0 + x * x));
      INC(halvings)
    END;
    x2 := x * x;
    term := x;
    sum := 0.0D0;
    FOR i := 0 TO 20 DO
      sum := sum + term / FLOAT(2 * i + 1, LONGREAL);
      term := -term * x2
    END;
    sum := sum * Pow2(halvings);
    IF inverted THEN sum := HalfPi - sum END;
    IF negative THEN RETURN -sum ELSE RETURN sum END
  END atan;

FUNCTIONAL PROCEDURE atan2 (y, x: LONGREAL): LONGREAL =
  BEGIN
    IF x > 0.0D0 THEN RETURN atan(y / x) END;
    IF x < 0.0D0 THEN
      IF y >= 0.0D0 THEN RETURN atan(y / x) + 2.0D0 * HalfPi ELSE RETURN atan(y / x) - 2.0D0 * HalfPi END
    END;
    IF y > 0.0D0 THEN RETURN HalfPi ELSIF y < 0.0D0 THEN RETURN -HalfPi ELSE RETURN 0.0D0 END
  END atan2;

FUNCTIONAL PROCEDURE asin (x: LONGREAL): LONGREAL =
  BEGIN
    RETURN atan2(x, SPINDLE_F64_SQRT(1.0D0 - x * x))
  END asin;

FUNCTIONAL PROCEDURE acos (x: LONGREAL): LONGREAL =
  BEGIN
    RETURN atan2(SPINDLE_F64_SQRT(1.0D0 - x * x), x)
  END acos;

FUNCTIONAL PROCEDURE sinh (x: LONGREAL): LONGREAL = BEGIN RETURN (exp(x) - exp(-x)) / 2.0D0 END sinh;
FUNCTIONAL PROCEDURE cosh (x: LONGREAL): LONGREAL = BEGIN RETURN (exp(x) + exp(-x)) / 2.0D0 END cosh;

FUNCTIONAL PROCEDURE tanh (x: LONGREAL): LONGREAL =
  VAR e: LONGREAL;
  BEGIN
    IF x > 20.0D0 THEN RETURN 1.0D0 ELSIF x < -20.0D0 THEN RETURN -1.0D0 END;
    e := exp(2.0D0 * x);
    RETURN (e - 1.0D0) / (e + 1.0D0)
  END tanh;

FUNCTIONAL PROCEDURE hypot (x, y: LONGREAL): LONGREAL =
  BEGIN
    RETURN SPINDLE_F64_SQRT(x * x + y * y)
  END hypot;

BEGIN
END Math.
