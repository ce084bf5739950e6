INTERFACE Ranges;

TYPE
  Digit = [0 .. 9];
  Byte = [0 .. 16_FF];
  Letter = ['a' .. 'z'];
  Centered = [-10 .. 10];
  Workday = [Day.Mon .. Day.Fri];
  Day = {Mon, Tue, Wed, Thu, Fri, Sat, Sun};
  Index = [0 .. Size - 1];

CONST Size = 64;

END Ranges.
