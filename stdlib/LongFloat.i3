(* LongFloat: decimal conversion of floating-point values with automatic precision control, after
   cm3's LongFloat (the Float generic): ToDecimal gives the fewest decimal digits that read back as
   x. Only the part that formatting needs is here. *)
INTERFACE LongFloat;

TYPE IEEEClass = {SignalingNaN, QuietNaN, Infinity, Normal, Denormal, Zero};

CONST MaxSignifDigits = 17;

TYPE
  DecimalApprox = RECORD
    class: IEEEClass;
    sign: [0 .. 1];
    len: [1 .. MaxSignifDigits];
    digits: ARRAY [0 .. MaxSignifDigits - 1] OF [0 .. 9];
    exp: INTEGER;
    errorSign: [-1 .. 1]
  END;
  (* For a Normal or Denormal x, F = digits[0].digits[1]...digits[len-1] * 10^exp is the decimal
     number with the fewest digits that rounds back to ABS(x) (the closest such one); its last
     digit is not zero, and errorSign is the sign of ABS(x) - F. For other classes only class and
     sign are defined. *)

PROCEDURE ToDecimal (x: LONGREAL): DecimalApprox;

PROCEDURE ToDecimalOfReal (x: REAL): DecimalApprox;
(* Not in cm3 (whose RealFloat has it): the fewest digits that read back as the REAL x. *)

PROCEDURE FromDecimal (sign: [0 .. 1]; READONLY digits: ARRAY OF [0 .. 9]; exp: INTEGER): LONGREAL;
(* (-1)^sign * digits[0].digits[1]...digits[LAST(digits)] * 10^exp, rounded to the nearest
   LONGREAL (ties to even), to infinity beyond the largest and to zero below the smallest. Digits
   past the 60th count only as "more than zero". cm3's raises FloatMode.Trap; this one does not. *)

PROCEDURE FromDecimalToReal (sign: [0 .. 1]; READONLY digits: ARRAY OF [0 .. 9]; exp: INTEGER): REAL;
(* Not in cm3 (whose RealFloat has it): the same, rounded once to the nearest REAL. *)

PROCEDURE Class (x: LONGREAL): IEEEClass;

END LongFloat.
