console.log('quickstart: coming with the SMTP transport');
